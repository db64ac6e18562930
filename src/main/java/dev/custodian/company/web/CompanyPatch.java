package dev.custodian.company.web;

import java.util.Map;

import dev.custodian.shared.AddressForm;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Merge Patch (RFC 7386) of a company, for the OpenAPI document only.
 */
@Schema(name = "CompanyPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "Only the fields to change: a left-out field keeps its value, null clears it (name cannot be "
				+ "cleared), and address and customFields are merged field by field. Unknown fields are a 400.")
record CompanyPatch(@Nullable String name,
		@Schema(description = "true: one person trading on their own account; false or null: an organisation")
		@Nullable Boolean soleTrader, @Nullable String domain, @Nullable String industry,
		@Schema(allowableValues = { "1-10", "11-50", "51-200", "201-500", "501-1000", "1001-5000", "5001+" })
		@Nullable String sizeBand,
		@Nullable String phone, @Schema(format = "email") @Nullable String email,
		@Schema(example = "https://engines.example") @Nullable String website,
		@Nullable AddressForm address,
		@Schema(ref = "#/components/schemas/CustomFieldValues") @Nullable Map<String, Object> customFields) {
}
