package dev.custodian.contact.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.AddressForm;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body of a create or replace, for the OpenAPI document only: {@link ContactResource#read} reads the JSON
 * itself, so that every mistake, unknown fields included, is reported at once. Every field may be left out.
 */
@Schema(name = "ContactInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "A contact to create, or all fields of one to replace (a left-out field is cleared). Give a "
				+ "first name, a last name or an email. Unknown fields are a 400; id, subjectId, createdAt, updatedAt "
				+ "and version are the exception: accepted and ignored, so a client may send back what it read.")
record ContactInput(@Schema(example = "Ada") @Nullable String firstName,
		@Schema(example = "Lovelace") @Nullable String lastName,
		@Schema(format = "email", example = "ada@example.org",
				description = "Unique ignoring case: a duplicate is a 409 naming existingContactId") @Nullable String email,
		@Schema(example = "+44 20 7946 0958",
				description = "Stored in E.164; a national number needs the address country") @Nullable String phone,
		@Schema(example = "Analyst") @Nullable String jobTitle, @Nullable UUID companyId,
		@Schema(description = "Defaults to the creator") @Nullable UUID ownerId,
		@Schema(allowableValues = { "subscriber", "lead", "marketing-qualified", "sales-qualified", "opportunity",
				"customer", "evangelist", "other" }, example = "lead", description = "Defaults to lead") @Nullable String lifecycleStage,
		@Schema(example = "Conference") @Nullable String source, @Nullable AddressForm address,
		@Schema(ref = "#/components/schemas/CustomFieldValues") @Nullable Map<String, Object> customFields) {
}
