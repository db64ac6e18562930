package dev.custodian.identity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates a user, for the OpenAPI document only: the controller reads the JSON itself, so every
 * mistake, unknown fields included, is reported at once.
 */
@Schema(name = "UserInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "A user to create. Unknown fields are a 400.")
record UserInput(@Schema(example = "grace", description = "2 to 64 letters, digits, dots, dashes or underscores; "
		+ "unique: a duplicate is a 409 naming existingUserId") String username,
		@Schema(example = "Grace Hopper") @Nullable String displayName,
		@Schema(allowableValues = { "ADMIN", "DPO", "SALES", "MARKETING", "SUPPORT", "MANAGER", "READ_ONLY" },
				example = "SALES") String role,
		@Schema(format = "password", minLength = 12, maxLength = 128, example = "a-long-passphrase") String password,
		@Schema(description = "Defaults to true") @Nullable Boolean enabled) {
}
