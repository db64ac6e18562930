package dev.custodian.identity.web;

import java.util.List;

import dev.custodian.shared.ApiAnswers;
import dev.custodian.shared.ApiAnswers.VersionedChangeProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The user API as the OpenAPI document describes it, kept apart from {@link UserApiController}.
 */
@Tag(name = "Users", description = "User administration (ADMIN)")
interface UserApiDocs {

	String JSON = "application/json";

	@Operation(operationId = "listUsers", summary = "List users", description = "Every user, disabled ones included.")
	@ApiResponse(responseCode = "200", description = "All users", content = @Content(mediaType = JSON,
			array = @ArraySchema(schema = @Schema(implementation = UserResource.class))))
	List<UserResource> list();

	@Operation(operationId = "createUser", summary = "Create a user",
			description = "Answers with the user, its Location and its ETag.",
			requestBody = @RequestBody(required = true,
					content = @Content(mediaType = JSON, schema = @Schema(implementation = UserInput.class))))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new user's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = UserResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ResponseEntity<UserResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getUser", summary = "Read a user", description = "Never shows a password or its hash.")
	@ApiResponse(responseCode = "200", description = "The user",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = UserResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<UserResource> get(@Parameter(description = "The user's id", schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "patchUser", summary = "Change a user",
			description = "Users are disabled, never deleted. The last enabled administrator cannot be demoted or "
					+ "disabled, a user whose processing is restricted cannot be changed until the restriction is "
					+ "lifted, and an erased former user cannot be changed at all (each a 409). A new password also lifts a lock-out and ends the user's browser sessions; "
					+ "with revokeTokens it revokes their API tokens too. Needs If-Match with the ETag last read.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = "application/merge-patch+json", schema = @Schema(implementation = UserPatch.class)),
					@Content(mediaType = JSON, schema = @Schema(implementation = UserPatch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed user",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = UserResource.class)))
	@VersionedChangeProblems
	ResponseEntity<UserResource> patch(@Parameter(description = "The user's id", schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "resetSecondFactor", summary = "Reset a user's second factor",
			description = "Removes the user's TOTP secret, recovery codes and remembered browsers; they set up a new "
					+ "second factor at their next sign-in. Audited.")
	@ApiResponse(responseCode = "204", description = "Reset")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<Void> resetSecondFactor(@Parameter(description = "The user's id", schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "unlockUser", summary = "Lift a lock-out",
			description = "Lets a user locked out after too many failed sign-ins sign in again at once.")
	@ApiResponse(responseCode = "200", description = "The user, no longer locked",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = UserResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	UserResource unlock(@Parameter(description = "The user's id", schema = @Schema(format = "uuid")) String id);
}
