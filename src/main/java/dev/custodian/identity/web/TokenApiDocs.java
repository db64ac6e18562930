package dev.custodian.identity.web;

import java.util.List;

import dev.custodian.identity.ApiToken;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The token API as the OpenAPI document describes it, kept apart from {@link TokenApiController}.
 */
@Tag(name = "API tokens", description = "Bearer tokens for the API; the secret is shown once")
interface TokenApiDocs {

	String JSON = "application/json";

	@Operation(operationId = "createToken", summary = "Create a token",
			description = "Authenticate with HTTP Basic (or an existing token, or the browser session). A token "
					+ "made with a token gets at most that token's scopes. The secret is in this answer only. "
					+ "Without a name the answer is a 400 naming name.",
			security = { @SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer") },
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = TokenInput.class), examples = @ExampleObject(name = "readOnly",
							summary = "A read-only token for 30 days",
							value = "{\"name\": \"laptop\", \"expiresInDays\": 30, \"scopes\": [\"contact:read\"]}"))))
	@ApiResponse(responseCode = "201", description = "Created; keep the token, it is not shown again",
			headers = @Header(name = "Location", description = "The token's URL", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = IssuedToken.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	ResponseEntity<IssuedToken> create(@Parameter(hidden = true) CustodianPrincipal me, @Nullable JsonNode body);

	@Operation(operationId = "listTokens", summary = "List your tokens",
			description = "Your own tokens, revoked and expired ones included; never their secrets. Scopes come in "
					+ "one fixed order (contact, company, audit, user, metrics, token; read before write before "
					+ "delete).")
	@ApiResponse(responseCode = "200", description = "Your tokens", content = @Content(mediaType = JSON,
			array = @ArraySchema(schema = @Schema(implementation = ApiToken.class))))
	List<ApiToken> list(@Parameter(hidden = true) CustodianPrincipal me);

	@Operation(operationId = "revokeToken", summary = "Revoke a token",
			description = "The token stops working at once, on every node.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<Void> revoke(@Parameter(hidden = true) CustodianPrincipal me,
			@Parameter(description = "The token's id", schema = @Schema(format = "uuid")) String id);
}
