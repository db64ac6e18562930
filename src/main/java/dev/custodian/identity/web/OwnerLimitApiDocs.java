package dev.custodian.identity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The owner-limit API as the OpenAPI document describes it, kept apart from its controller.
 */
@Tag(name = "Owner limits", description = "Which roles work on their own records only (ADMIN)")
interface OwnerLimitApiDocs {

	String JSON = "application/json";

	@Operation(operationId = "listOwnerLimits", summary = "List owner limits",
			description = "Every role and whether its users see and change only the contacts and deals they own and "
					+ "the tickets and tasks assigned to them. No role is limited until an administrator limits it.")
	@ApiResponse(responseCode = "200", description = "Every role's limit", content = @Content(mediaType = JSON,
			array = @ArraySchema(schema = @Schema(implementation = OwnerLimitResource.class))))
	List<OwnerLimitResource> list();

	@Operation(operationId = "setOwnerLimit", summary = "Limit a role to its own records, or lift the limit",
			description = "Takes effect at once for the role's users and their API tokens, on every node: other "
					+ "records answer 404 and are left out of lists, counts and searches. ADMIN and DPO are never "
					+ "limited (400). Audited.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = OwnerLimitInput.class))))
	@ApiResponse(responseCode = "200", description = "The role's limit now",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = OwnerLimitResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	OwnerLimitResource set(@Parameter(description = "The role, such as SALES",
			schema = @Schema(allowableValues = { "ADMIN", "DPO", "SALES", "MARKETING", "SUPPORT", "MANAGER",
					"READ_ONLY" }))
	String role, @Nullable JsonNode body);
}
