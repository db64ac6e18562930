package dev.custodian.customfield.web;

import java.util.Arrays;
import java.util.List;

import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFieldForm;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The custom field form of the admin page as posted: everything text, the options one per line, the
 * classification as radio buttons ({@code true}, {@code false}, or nothing chosen yet).
 */
record FieldPageForm(@Nullable String recordType, @Nullable String key, @Nullable String label,
		@Nullable String type, @Nullable String required, @Nullable String displayOrder, @Nullable String options,
		@Nullable String personal, @Nullable String category, @Nullable String specialCategoryCondition) {

	static FieldPageForm empty(@Nullable String recordType) {
		return new FieldPageForm(recordType, null, null, null, null, null, null, null, null, null);
	}

	static FieldPageForm of(CustomField f) {
		return new FieldPageForm(f.recordType(), f.key(), f.label(), f.type().code(), String.valueOf(f.required()),
				String.valueOf(f.displayOrder()), String.join("\n", f.options()), String.valueOf(f.personal()),
				f.category() == null ? null : f.category().code(), f.condition() == null ? null : f.condition().code());
	}

	/** The same form with what identifies a stored field (record type, key, type) taken from it. */
	FieldPageForm identifiedAs(CustomField f) {
		return new FieldPageForm(f.recordType(), f.key(), label, f.type().code(), required, displayOrder, options,
				personal, category, specialCategoryCondition);
	}

	/** The form as the service takes it; a display order that is no number is reported here. */
	CustomFieldForm toForm(Violations violations) {
		Integer order = null;
		if (displayOrder != null && !displayOrder.isBlank()) {
			try {
				order = Integer.parseInt(displayOrder.strip());
			}
			catch (NumberFormatException ex) {
				violations.add("displayOrder", "must be a whole number");
			}
		}
		List<String> lines = options == null ? List.of()
				: Arrays.stream(options.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		Boolean isPersonal = "true".equals(personal) ? Boolean.TRUE : "false".equals(personal) ? Boolean.FALSE : null;
		return new CustomFieldForm(recordType, key, label, type, "true".equals(required), order, lines, isPersonal,
				category == null || category.isBlank() ? null : category,
				specialCategoryCondition == null || specialCategoryCondition.isBlank() ? null
						: specialCategoryCondition);
	}
}
