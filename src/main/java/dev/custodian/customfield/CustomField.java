package dev.custodian.customfield;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.DataCatalogue;
import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.SpecialCategoryCondition;
import org.jspecify.annotations.Nullable;

/**
 * A custom field of one record type, with its classification. Built only from a validated form, so a stored field
 * is always classified: a personal one has a category, a special-category one its condition, one not personal
 * neither.
 *
 * @param key the field's name in the API ({@code customFields.<key>}) and in list filters ({@code cf.<key>})
 * @param options the choices of a choice or multi-choice field, in display order; empty for other types
 * @param category the data category of a personal field; null exactly when the field is not personal
 * @param condition the Art. 9(2) (or Art. 10) condition of a special-category field; null for any other
 */
public record CustomField(UUID id, String recordType, String key, String label, FieldType type, boolean required,
		int displayOrder, List<String> options, boolean personal, @Nullable DataCategory category,
		@Nullable SpecialCategoryCondition condition, Instant createdAt, Instant updatedAt, long version) {

	public CustomField {
		options = List.copyOf(options);
	}

	/** How the field is named in violations and in the data catalogue: {@code customFields.<key>}. */
	public String path() {
		return DataCatalogue.CUSTOM_FIELD_PREFIX + key;
	}

	/** Whether it holds an Art. 9 special category (or Art. 10 criminal data). */
	public boolean specialCategory() {
		return category != null && category.special();
	}

	/** Whether lists may be filtered on it: only values stored in the clear can be, and long texts are not. */
	public boolean filterable() {
		return !personal && type != FieldType.LONG_TEXT;
	}
}
