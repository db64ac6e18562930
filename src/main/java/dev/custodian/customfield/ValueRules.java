package dev.custodian.customfield;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * Checks custom field values against their fields: the right type for each, a choice among the options, every
 * required field given, no unknown key. Every violation names the field as {@code customFields.<key>}; the
 * values that pass come back in their canonical form (see {@link CustomValues}).
 */
final class ValueRules {

	/** Numbers are stored with 28 digits, 10 of them after the point: whole parts stay below 10^18. */
	static final BigDecimal LIMIT = new BigDecimal("999999999999999999");

	static final int MAX_SCALE = 10;

	static final int MAX_TEXT = 500;

	static final int MAX_LONG_TEXT = 10_000;

	private ValueRules() {
	}

	/**
	 * Checks the given values against the fields (those the caller may fill, in display order) and returns the
	 * values set, in canonical form; a field left out or set to {@code null} has no value.
	 */
	static CustomValues check(List<CustomField> fields, CustomValues given, Violations violations) {
		Map<String, CustomField> byKey = new LinkedHashMap<>();
		fields.forEach(f -> byKey.put(f.key(), f));
		given.values().keySet().stream()
			.filter(key -> !byKey.containsKey(key))
			.forEach(key -> violations.add(path(key), "is not a known field"));
		Map<String, @Nullable Object> valid = new LinkedHashMap<>();
		for (CustomField field : fields) {
			Object value = parse(field, given.get(field.key()), violations);
			if (value != null) {
				valid.put(field.key(), value);
			}
			else if (field.required() && !violations.has(field.path())) {
				violations.add(field.path(), "is required");
			}
		}
		return new CustomValues(valid);
	}

	/** One value in canonical form, or {@code null} when it is empty or invalid (then a violation says why). */
	static @Nullable Object parse(CustomField field, @Nullable Object raw, Violations violations) {
		if (raw == null) {
			return null;
		}
		String path = field.path();
		return switch (field.type()) {
			case TEXT -> text(raw, MAX_TEXT, path, violations);
			case LONG_TEXT -> text(raw, MAX_LONG_TEXT, path, violations);
			case NUMBER -> number(raw, true, path, violations);
			case DECIMAL -> number(raw, false, path, violations);
			case BOOLEAN -> {
				if (raw instanceof Boolean bool) {
					yield bool;
				}
				violations.add(path, "must be true or false");
				yield null;
			}
			case DATE -> TextFormats.date(raw, path, violations);
			case EMAIL -> TextFormats.email(text(raw, 254, path, violations), path, violations);
			case PHONE -> TextFormats.phone(text(raw, 50, path, violations), path, violations);
			case URL -> TextFormats.url(text(raw, MAX_TEXT, path, violations), path, violations);
			case CHOICE -> choice(raw, field.options(), path, violations);
			case MULTI_CHOICE -> choices(raw, field.options(), path, violations);
		};
	}

	static @Nullable String text(Object raw, int max, String path, Violations violations) {
		if (!(raw instanceof String text)) {
			violations.add(path, "must be a string");
			return null;
		}
		int before = violations.list().size();
		String cleaned = Text.limited(text, max, path, violations);
		return violations.list().size() > before ? null : cleaned;
	}

	private static @Nullable Object number(Object raw, boolean whole, String path, Violations violations) {
		BigDecimal number = raw instanceof BigDecimal d ? d
				: raw instanceof Long || raw instanceof Integer ? BigDecimal.valueOf(((Number) raw).longValue()) : null;
		if (number == null && whole) {
			violations.add(path, "must be a whole number");
			return null;
		}
		if (number == null) {
			violations.add(path, "must be a number");
			return null;
		}
		number = number.stripTrailingZeros();
		// compared before any rescaling: 1e999999999 must not be expanded digit by digit
		if (number.abs().compareTo(LIMIT) > 0) {
			violations.add(path, "must be between -" + LIMIT + " and " + LIMIT);
			return null;
		}
		if (number.scale() < 0) {
			number = number.setScale(0);
		}
		if (whole && number.scale() > 0) {
			violations.add(path, "must be a whole number");
			return null;
		}
		if (number.scale() > MAX_SCALE) {
			violations.add(path, "must have at most " + MAX_SCALE + " digits after the decimal point");
			return null;
		}
		return whole ? (Object) number.longValueExact() : number;
	}





	private static @Nullable String choice(Object raw, List<String> options, String path, Violations violations) {
		if (!(raw instanceof String text)) {
			violations.add(path, "must be a string");
			return null;
		}
		String choice = Text.clean(text);
		if (choice != null && !options.contains(choice)) {
			violations.add(path, "must be one of " + String.join(", ", options));
			return null;
		}
		return choice;
	}

	private static @Nullable List<String> choices(Object raw, List<String> options, String path,
			Violations violations) {
		if (!(raw instanceof List<?> items) || items.stream().anyMatch(item -> !(item instanceof String))) {
			violations.add(path, "must be an array of strings");
			return null;
		}
		List<String> chosen = new ArrayList<>();
		for (Object item : items) {
			String choice = Text.clean((String) item);
			if (choice != null && !options.contains(choice)) {
				violations.add(path, "must be one of " + String.join(", ", options));
				return null;
			}
			if (choice != null && !chosen.contains(choice)) {
				chosen.add(choice);
			}
		}
		// kept in the options' order, so equal choices are stored alike whatever order they came in
		chosen.sort(java.util.Comparator.comparingInt(options::indexOf));
		return chosen.isEmpty() ? null : List.copyOf(chosen);
	}

	static String path(String key) {
		return dev.custodian.catalog.DataCatalogue.CUSTOM_FIELD_PREFIX + key;
	}
}
