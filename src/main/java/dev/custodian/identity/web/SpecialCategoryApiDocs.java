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
 * The special-category grant API as the OpenAPI document describes it, kept apart from its controller.
 */
@Tag(name = "Special categories", description = "Which roles may see and edit Art. 9 and Art. 10 data (ADMIN)")
interface SpecialCategoryApiDocs {

	String JSON = "application/json";

	@Operation(operationId = "listSpecialCategoryGrants", summary = "List special-category grants",
			description = "Every role with the special categories it may see and edit. Nothing is granted until an "
					+ "administrator grants it.")
	@ApiResponse(responseCode = "200", description = "Every role's grants", content = @Content(mediaType = JSON,
			array = @ArraySchema(schema = @Schema(implementation = SpecialCategoryGrantResource.class))))
	List<SpecialCategoryGrantResource> list();

	@Operation(operationId = "grantSpecialCategories", summary = "Set a role's special categories",
			description = "Replaces the special categories the role may see and edit; takes effect at once for its "
					+ "users and their API tokens. Audited.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = SpecialCategoryGrantInput.class))))
	@ApiResponse(responseCode = "200", description = "The role's grants now",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = SpecialCategoryGrantResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	SpecialCategoryGrantResource grant(@Parameter(description = "The role, such as DPO",
			schema = @Schema(allowableValues = { "ADMIN", "DPO", "SALES", "MARKETING", "SUPPORT", "MANAGER",
					"READ_ONLY" }))
	String role, @Nullable JsonNode body);
}
