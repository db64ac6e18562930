package dev.custodian.customfield;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A custom field as an administrator types it into the form or sends it as JSON, before validation. Nothing is
 * defaulted that decides the classification: {@code personal} must be given.
 *
 * @param options the choices of a choice or multi-choice field, in display order
 * @param category for a personal field, a data category code such as {@code demographic.birth_date}
 * @param specialCategoryCondition for a special category, the condition relied on, such as {@code explicit-consent}
 */
public record CustomFieldForm(@Nullable String recordType, @Nullable String key, @Nullable String label,
		@Nullable String type, @Nullable Boolean required, @Nullable Integer displayOrder,
		@Nullable List<String> options, @Nullable Boolean personal, @Nullable String category,
		@Nullable String specialCategoryCondition) {

	public static CustomFieldForm empty() {
		return new CustomFieldForm(null, null, null, null, null, null, null, null, null, null);
	}

	public static CustomFieldForm of(CustomField f) {
		return new CustomFieldForm(f.recordType(), f.key(), f.label(), f.type().code(), f.required(),
				f.displayOrder(), f.options(), f.personal(), f.category() == null ? null : f.category().code(),
				f.condition() == null ? null : f.condition().code());
	}

	public List<String> optionsOrEmpty() {
		return options == null ? List.of() : options;
	}
}
