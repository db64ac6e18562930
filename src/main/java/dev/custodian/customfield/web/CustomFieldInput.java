package dev.custodian.customfield.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create, for the OpenAPI document only: {@link CustomFieldResource#read} reads the JSON itself, so
 * that every mistake, unknown fields included, is reported at once.
 */
@Schema(name = "CustomFieldInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "A custom field to add. It cannot be saved without its classification: personal (true or "
				+ "false); for a personal field its category; for a special category the condition relied on. "
				+ "Unknown fields are a 400; id, sealing, createdAt, updatedAt and version are accepted and ignored.")
record CustomFieldInput(
		@Schema(example = "contact",
				description = "The record type: contact or company") String recordType,
		@Schema(example = "region", pattern = "^[a-z][A-Za-z0-9_]{0,39}$",
				description = "Its name in customFields and in list filters (cf.region); unique per record type, a "
						+ "duplicate is a 409 naming existingFieldId") String key,
		@Schema(example = "Sales region", maxLength = 100) String label,
		@Schema(allowableValues = { "text", "long-text", "number",
				"decimal", "date", "boolean", "choice", "multi-choice", "email", "phone", "url" },
				example = "choice") String type,
		@Schema(description = "A record cannot be saved without a value; defaults to false") @Nullable Boolean required,
		@Schema(description = "Where forms show it, lower first (0 to 10000); defaults to after the last",
				example = "10") @Nullable Integer displayOrder,
		@Schema(description = "For choice and multi-choice fields: 1 to 100 options, each once",
				example = "[\"north\", \"south\"]") @Nullable List<String> options,
		@Schema(description = "Whether it holds personal data; personal values are sealed and cannot be filtered on")
		Boolean personal,
		@Schema(description = "Required for a personal field: a data category of the catalogue",
				example = "demographic.birth_date") @Nullable String category,
		@Schema(description = "Required for a special category: the condition relied on (Art. 9(2)(a) to (j); "
				+ "authorised-by-law for Art. 10 criminal data)", allowableValues = { "explicit-consent",
						"employment-law", "vital-interests", "not-for-profit-body", "made-public", "legal-claims",
						"substantial-public-interest", "health-or-social-care", "public-health",
						"archiving-or-research", "authorised-by-law" }) @Nullable String specialCategoryCondition) {
}
