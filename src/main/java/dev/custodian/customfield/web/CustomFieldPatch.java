package dev.custodian.customfield.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Merge Patch (RFC 7386) of a custom field, for the OpenAPI document only.
 */
@Schema(name = "CustomFieldPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "Only the fields to change: a left-out field keeps its value. recordType, key and type cannot be "
				+ "changed; a personal field cannot be declared not personal again (its values are sealed). Declaring "
				+ "a field personal seals its stored values in the background (see sealing). Removing an option that "
				+ "records hold needs a replacement for it, or the answer is a 409 saying how many records hold it.")
record CustomFieldPatch(@Schema(maxLength = 100) @Nullable String label, @Nullable Boolean required,
		@Nullable Integer displayOrder, @Nullable List<String> options, @Nullable Boolean personal,
		@Nullable String category, @Nullable String specialCategoryCondition,
		@Schema(description = "For each option removed that records hold: the remaining option that replaces it, "
				+ "or null to clear the value", example = "{\"north\": \"south\"}") @Nullable Map<String, String> replacements) {
}
