package dev.custodian.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates an API token, for the OpenAPI document only.
 */
@Schema(name = "TokenInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "Every field may be left out, and so may the whole body. Unknown fields are a 400.")
record TokenInput(@Schema(example = "laptop") @Nullable String name,
		@Schema(example = "30", minimum = "1", description = "Defaults to 90; at most 365") @Nullable Integer expiresInDays,
		@Schema(example = "[\"contact:read\"]", description = "A subset of the caller's permissions (contact:read, "
				+ "contact:write, contact:delete, company:read, company:write, company:delete, audit:read, "
				+ "user:admin, metrics:read); left out: all of them") @Nullable List<String> scopes) {
}
