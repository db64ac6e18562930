package dev.custodian.customfield;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Reads what a page form or a query string sends for a field (text only) as the JSON value it stands for, so that
 * one set of rules checks API and page input alike: a number field's text becomes a number when it is one, a
 * checkbox's {@code true} a boolean, a multi-select's values a list. Text that is no such value stays text and
 * fails the field's check with the usual message.
 */
final class FormValues {

	private FormValues() {
	}

	/**
	 * @param values what was sent for the field's parameter, or {@code null} when nothing was
	 * @param checkboxes whether a boolean field's missing parameter means an unticked box ({@code false})
	 */
	static @Nullable Object raw(CustomField field, String @Nullable [] values, boolean checkboxes) {
		if (field.type() == FieldType.BOOLEAN) {
			if (values == null || values.length == 0) {
				return checkboxes ? Boolean.FALSE : null;
			}
			String value = values[0].strip();
			return switch (value) {
				case "true", "on" -> Boolean.TRUE;
				case "false" -> Boolean.FALSE;
				case "" -> checkboxes ? Boolean.FALSE : null;
				default -> value;
			};
		}
		if (values == null || values.length == 0) {
			return null;
		}
		if (field.type() == FieldType.MULTI_CHOICE) {
			List<String> chosen = Arrays.stream(values).filter(v -> !v.isBlank()).toList();
			return chosen.isEmpty() ? null : chosen;
		}
		String value = values[0];
		if (value.isBlank()) {
			return null;
		}
		if (field.type() == FieldType.NUMBER || field.type() == FieldType.DECIMAL) {
			try {
				return new BigDecimal(value.strip());
			}
			catch (NumberFormatException ex) {
				return value;
			}
		}
		return value;
	}
}
