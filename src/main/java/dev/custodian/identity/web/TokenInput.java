package dev.custodian.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The body that creates an API token, for the OpenAPI document only.
 */
@Schema(name = "TokenInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "A name is required; the other fields may be left out. Unknown fields are a 400.")
record TokenInput(@Schema(example = "laptop", maxLength = 100,
		description = "Where the token is used, to recognise it in the list and revoke the right one") String name,
		@Schema(example = "30", minimum = "1", description = "Defaults to 90; at most 365") @Nullable Integer expiresInDays,
		@Schema(example = "[\"contact:read\"]", description = "A subset of the caller's permissions (contact:read, "
				+ "contact:write, contact:delete, company:read, company:write, company:delete, deal:read, deal:write, "
				+ "deal:delete, activity:read, activity:write, activity:delete, task:read, task:write, ticket:read, "
				+ "ticket:write, ticket:delete, report:team, audit:read, "
				+ "user:admin, metrics:read, subject:manage, restricted:read, token:manage); left out: all of them. Stored and listed in this "
				+ "order, whatever the order sent") @Nullable List<String> scopes) {
}
