package dev.custodian.contact.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.AddressForm;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Merge Patch (RFC 7386) of a contact, for the OpenAPI document only.
 */
@Schema(name = "ContactPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "Only the fields to change: a left-out field keeps its value, null clears it, and address and "
				+ "customFields are merged field by field. Unknown fields are a 400.")
record ContactPatch(@Nullable String firstName, @Nullable String lastName,
		@Schema(format = "email") @Nullable String email, @Nullable String phone,
		@Schema(example = "Novelist") @Nullable String jobTitle, @Nullable UUID companyId, @Nullable UUID ownerId,
		@Schema(allowableValues = { "subscriber", "lead", "marketing-qualified", "sales-qualified", "opportunity",
				"customer", "evangelist", "other" }) @Nullable String lifecycleStage,
		@Nullable String source, @Nullable AddressForm address,
		@Schema(ref = "#/components/schemas/CustomFieldValues") @Nullable Map<String, Object> customFields) {
}
