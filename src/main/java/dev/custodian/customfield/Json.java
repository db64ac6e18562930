package dev.custodian.customfield;

import java.util.List;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lists of strings as JSON arrays: how options and multi-choice values are stored. */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private Json() {
	}

	static String write(List<String> strings) {
		return MAPPER.writeValueAsString(strings);
	}

	static List<String> strings(String json) {
		return List.copyOf(MAPPER.readValue(json, STRINGS));
	}
}
