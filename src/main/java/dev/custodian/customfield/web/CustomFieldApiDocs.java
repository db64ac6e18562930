package dev.custodian.customfield.web;

import dev.custodian.shared.CountedPage;
import dev.custodian.shared.ApiAnswers;
import dev.custodian.shared.ApiAnswers.VersionedChangeProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * The custom field API as the OpenAPI document describes it, kept apart from {@link CustomFieldApiController}.
 */
@Tag(name = "Custom fields", description = "Fields administrators add to contacts and companies, each classified (ADMIN)")
interface CustomFieldApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String CREATE_EXAMPLE = """
			{"recordType": "contact", "key": "region", "label": "Sales region", "type": "choice",
			 "options": ["north", "south"], "personal": false}""";

	String SPECIAL_EXAMPLE = """
			{"recordType": "contact", "key": "allergies", "label": "Allergies", "type": "long-text",
			 "personal": true, "category": "special.health", "specialCategoryCondition": "explicit-consent"}""";

	@Operation(operationId = "listCustomFields", summary = "List custom fields",
			description = "By record type, display order and key; keyset pagination (pass nextCursor back as "
					+ "cursor). ADMIN only.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CustomFieldPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	CountedPage<CustomFieldResource> list(
			@Parameter(description = "Only the fields of this record type", example = "contact") @Nullable String recordType,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor);

	@Operation(operationId = "createCustomField", summary = "Add a custom field",
			description = "Contacts and companies then carry it in customFields, keyed by its key. The classification "
					+ "is required: a personal field's values are sealed under the record's key, exported and erased "
					+ "with it; others are stored in the clear and can be filtered on (cf.<key>=<value>). ADMIN only.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = CustomFieldInput.class),
					examples = { @ExampleObject(name = "region", summary = "A choice, not personal", value = CREATE_EXAMPLE),
							@ExampleObject(name = "allergies", summary = "A special category",
									value = SPECIAL_EXAMPLE) })))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new field's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CustomFieldResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ResponseEntity<CustomFieldResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getCustomField", summary = "Read a custom field",
			description = "With the progress of sealing its values, if it was declared personal after values were "
					+ "stored. ADMIN only.")
	@ApiResponse(responseCode = "200", description = "The field",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CustomFieldResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<CustomFieldResource> get(@Parameter(description = "The field's id", schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "patchCustomField", summary = "Change a custom field (JSON Merge Patch)",
			description = "Needs If-Match with the ETag last read. Removing options that records hold answers 409 "
					+ "with optionsInUse (each option and how many records hold it) unless replacements names a "
					+ "replacement for each. ADMIN only.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CustomFieldPatch.class),
							examples = @ExampleObject(name = "mergeOptions", summary = "Drop an option, moving its records",
									value = "{\"options\": [\"south\", \"west\"], \"replacements\": {\"north\": \"west\"}}")),
					@Content(mediaType = JSON, schema = @Schema(implementation = CustomFieldPatch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed field",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CustomFieldResource.class)))
	@VersionedChangeProblems
	ResponseEntity<CustomFieldResource> patch(@Parameter(description = "The field's id", schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "deleteCustomField", summary = "Delete a custom field",
			description = "Erases its values on every record (sealed ones are dropped); audited with the subjects of "
					+ "the records that held one, never the values. If-Match is optional; when sent, a stale version "
					+ "is a 412. ADMIN only.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = "The field's id", schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch);
}
