package dev.custodian.customfield;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a custom field holds, and so how its value is checked, stored, shown and filtered.
 */
public enum FieldType {

	TEXT("text"), LONG_TEXT("long-text"), NUMBER("number"), DECIMAL("decimal"), DATE("date"), BOOLEAN("boolean"),
	CHOICE("choice"), MULTI_CHOICE("multi-choice"), EMAIL("email"), PHONE("phone"), URL("url");

	private final String code;

	FieldType(String code) {
		this.code = code;
	}

	/** The name used in the API and the pages, such as {@code multi-choice}. */
	public String code() {
		return code;
	}

	/** Choice and multi-choice fields take their values from a list of options. */
	public boolean hasOptions() {
		return this == CHOICE || this == MULTI_CHOICE;
	}

	public static Optional<FieldType> fromCode(String code) {
		return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
	}

	/** Every code, comma-separated, for messages. */
	public static String codes() {
		return Arrays.stream(values()).map(FieldType::code).collect(Collectors.joining(", "));
	}
}
