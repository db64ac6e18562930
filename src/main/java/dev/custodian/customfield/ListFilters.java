package dev.custodian.customfield;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Violations;

/**
 * Turns {@code cf.<key>=<value>} parameters into list filters on the clear values: equality for text (ignoring
 * case), email, phone (in E.164), URL, choice, number, date and boolean values, and "holds this option" for a
 * multi-choice field.
 */
final class ListFilters {

	private ListFilters() {
	}

	/** @throws dev.custodian.shared.InvalidInputException naming every filter that cannot be applied */
	static CustomFieldFilter of(List<CustomField> fields, Map<String, String[]> parameters) {
		Map<String, CustomField> byKey = new LinkedHashMap<>();
		fields.forEach(f -> byKey.put(f.key(), f));
		Violations violations = new Violations();
		List<CustomFieldFilter.Condition> conditions = new ArrayList<>();
		Map<String, String> given = new LinkedHashMap<>();
		parameters.forEach((name, values) -> {
			if (!name.startsWith(CustomFields.PARAMETER_PREFIX)) {
				return;
			}
			String key = name.substring(CustomFields.PARAMETER_PREFIX.length());
			CustomField field = byKey.get(key);
			if (field == null) {
				violations.add(name, "is not a known field");
				return;
			}
			if (values.length > 1) {
				violations.add(name, "is given more than once");
				return;
			}
			if (values.length == 0 || values[0].isBlank()) {
				return;
			}
			if (field.personal()) {
				violations.add(name, "cannot be filtered on: the field holds personal data, which is stored sealed");
				return;
			}
			if (field.type() == FieldType.LONG_TEXT) {
				violations.add(name, "cannot be filtered on: it is a long text");
				return;
			}
			Violations problems = new Violations();
			Object value = ValueRules.parse(field, FormValues.raw(field, values, false), problems);
			for (FieldViolation problem : problems.list()) {
				violations.add(name, problem.message());
			}
			if (value != null && problems.isEmpty()) {
				conditions.add(condition(field, value));
				given.put(name, values[0].strip());
			}
		});
		violations.throwIfAny();
		return new CustomFieldFilter(conditions, given);
	}

	@SuppressWarnings("unchecked")
	private static CustomFieldFilter.Condition condition(CustomField field, Object value) {
		return switch (field.type()) {
			case TEXT, EMAIL, URL -> new CustomFieldFilter.Condition(field.id(), "lower(v.value_text) = ?",
					((String) value).toLowerCase(Locale.ROOT));
			case PHONE, CHOICE -> new CustomFieldFilter.Condition(field.id(), "v.value_text = ?", value);
			case MULTI_CHOICE -> new CustomFieldFilter.Condition(field.id(), "v.value_long like ? escape '\\'",
					"%" + likeEscaped(member((List<String>) value)) + "%");
			case NUMBER -> new CustomFieldFilter.Condition(field.id(), "v.value_number = ?",
					BigDecimal.valueOf((Long) value));
			case DECIMAL -> new CustomFieldFilter.Condition(field.id(), "v.value_number = ?", value);
			case DATE -> new CustomFieldFilter.Condition(field.id(), "v.value_date = ?", LocalDate.parse((String) value));
			case BOOLEAN -> new CustomFieldFilter.Condition(field.id(), "v.value_boolean = ?", value);
			case LONG_TEXT -> throw new IllegalArgumentException("Long texts are not filtered on");
		};
	}

	/** How one option stands in a stored multi-choice value (a JSON array): quoted, so "north" never matches "northwest". */
	private static String member(List<String> options) {
		String array = Json.write(List.of(options.get(0)));
		return array.substring(1, array.length() - 1);
	}

	private static String likeEscaped(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
