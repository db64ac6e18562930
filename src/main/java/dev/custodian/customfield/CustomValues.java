package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The custom field values of one record, keyed by field key, as JSON has them: a string (text, long text, email,
 * phone, URL, choice, and a date as {@code 2026-01-31}), a number (whole for {@code number}), a boolean, or a list
 * of strings (multi-choice). As input, before validation, a value may be of any type, and a key mapped to
 * {@code null} clears that field; validated values hold no {@code null}.
 */
public record CustomValues(Map<String, @Nullable Object> values) {

	/** No values at all. */
	public static final CustomValues NONE = new CustomValues(Map.of());

	public CustomValues {
		values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	public @Nullable Object get(String key) {
		return values.get(key);
	}

	public boolean isEmpty() {
		return values.isEmpty();
	}

	/** The values that are set, for showing: keys mapped to {@code null} are left out. */
	public Map<String, Object> present() {
		Map<String, Object> present = new LinkedHashMap<>();
		values.forEach((key, value) -> {
			if (value != null) {
				present.put(key, value);
			}
		});
		return present;
	}

	/** These values with the other's laid over them (JSON Merge Patch): a {@code null} there clears a value here. */
	public CustomValues merge(CustomValues patch) {
		Map<String, @Nullable Object> merged = new LinkedHashMap<>(values);
		merged.putAll(patch.values);
		return new CustomValues(merged);
	}

	/** Every value of these cleared: what {@code "customFields": null} asks of a merge patch. */
	public CustomValues cleared() {
		Map<String, @Nullable Object> cleared = new LinkedHashMap<>();
		values.keySet().forEach(key -> cleared.put(key, null));
		return new CustomValues(cleared);
	}

	/**
	 * Reads the {@code customFields} member of a request body over {@code base}: absent keeps the base, an object
	 * is merged into it (a member set to {@code null} clears that field), {@code null} clears every field. For a
	 * create or replace the base is {@link #NONE}, for a merge patch the stored values. Anything but an object or
	 * {@code null} is reported as {@code customFields}; the values' types are checked against the fields later.
	 */
	public static CustomValues fromJson(@Nullable JsonNode body, CustomValues base, Violations violations) {
		if (body == null || !body.isObject() || !body.has("customFields")) {
			return base;
		}
		JsonNode node = body.get("customFields");
		if (node.isNull()) {
			return base.cleared();
		}
		if (!node.isObject()) {
			violations.add("customFields", "must be a JSON object");
			return base;
		}
		Map<String, @Nullable Object> given = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> member : node.properties()) {
			given.put(member.getKey(), plain(member.getValue()));
		}
		return base.merge(new CustomValues(given));
	}

	/** A JSON value as a Java one: null, String, BigDecimal, Boolean, a list, or (for an object) a map. */
	private static @Nullable Object plain(JsonNode value) {
		if (value.isNull()) {
			return null;
		}
		if (value.isString()) {
			return value.asString();
		}
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			return value.decimalValue();
		}
		if (value.isArray()) {
			List<@Nullable Object> items = new ArrayList<>();
			value.forEach(item -> items.add(plain(item)));
			return items;
		}
		return Map.of();
	}
}
