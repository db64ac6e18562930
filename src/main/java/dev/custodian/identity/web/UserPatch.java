package dev.custodian.identity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body that changes a user, for the OpenAPI document only.
 */
@Schema(name = "UserPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "Only the fields to change; a left-out or null field keeps its value. The username cannot be "
				+ "changed. A new password also lifts a lock-out. Unknown fields are a 400.")
record UserPatch(@Schema(example = "Grace Brewster Hopper") @Nullable String displayName,
		@Schema(allowableValues = { "ADMIN", "DPO", "SALES", "MARKETING", "SUPPORT", "MANAGER", "READ_ONLY" })
		@Nullable String role,
		@Schema(format = "password", minLength = 12, maxLength = 128) @Nullable String password,
		@Schema(example = "false") @Nullable Boolean enabled,
		@Schema(description = "With a new password: also revoke the user's API tokens", example = "true")
		@Nullable Boolean revokeTokens) {
}
