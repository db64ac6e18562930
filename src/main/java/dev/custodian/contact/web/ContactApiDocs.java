package dev.custodian.contact.web;

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
 * The contact API as the OpenAPI document describes it, kept apart from {@link ContactApiController} so the
 * controller reads as code. Bodies are read as JSON trees (strict about unknown fields, merge-patch aware), so
 * their schemas are named here.
 */
@Tag(name = "Contacts", description = "People: the data subjects")
interface ContactApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String CREATE_EXAMPLE = """
			{"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.org", "phone": "+44 20 7946 0958",
			 "lifecycleStage": "lead", "address": {"city": "London", "country": "GB"},
			 "customFields": {"region": "north"}}""";

	@Operation(operationId = "listContacts", summary = "List contacts, most recently updated first unless sorted "
			+ "otherwise", description = "Keyset pagination: pass nextCursor back as cursor, with the same sort. "
					+ "Filters combine; total counts the contacts that match them, exactly up to 10,000. Restricted "
					+ "contacts (Art. 18) are listed and counted only for the DPO. Custom fields "
					+ "not personal filter too, as cf.<key>=<value> (cf.region=north; a multi-choice field keeps the "
					+ "contacts holding that option); an unknown key, a personal field (its values are sealed) or a "
					+ "value the field cannot hold is a 400 naming cf.<key>.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	CountedPage<ContactResource> list(@Parameter(description = "The start of a first name, last name, full name or "
			+ "email (case, accents and apostrophes ignored, umlauts plain or transcribed: mueller and muller find "
			+ "Müller; two characters or more), or a whole international phone number: encode its + as %2B in a "
			+ "query string", example = "ada") @Nullable String q,
			@Parameter(description = "Only contacts of this company",
					schema = @Schema(format = "uuid")) @Nullable String company,
			@Parameter(description = "Only contacts of companies whose name starts with this (case and accents "
					+ "ignored)", example = "analytical") @Nullable String companyName,
			@Parameter(description = "Only contacts owned by this user",
					schema = @Schema(format = "uuid")) @Nullable String owner,
			@Parameter(description = "Only contacts at this stage", schema = @Schema(allowableValues = { "subscriber",
					"lead", "marketing-qualified", "sales-qualified", "opportunity", "customer", "evangelist",
					"other" })) @Nullable String lifecycleStage,
			@Parameter(description = "Order: updated (the default, newest first as -updated), created, stage (in "
					+ "lifecycle order), owner (by name) or company (by name); a leading - reverses it. Ties are "
					+ "broken by id. Names are encrypted, so contacts cannot be sorted by them.", example = "-updated",
					schema = @Schema(pattern = "^-?(updated|created|stage|owner|company)$")) @Nullable String sort,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor,
			@Parameter(hidden = true) jakarta.servlet.http.HttpServletRequest request);

	@Operation(operationId = "createContact", summary = "Create a contact",
			description = "Without an ownerId the caller owns the contact. Answers with the contact, its Location "
					+ "and its ETag.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = ContactInput.class),
					examples = @ExampleObject(name = "lead", summary = "A new lead", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new contact's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ResponseEntity<ContactResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getContact", summary = "Read a contact",
			description = "The ETag header is the version to send as If-Match when changing it.")
	@ApiResponse(responseCode = "200", description = "The contact",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<ContactResource> get(@Parameter(description = "The contact's id",
			schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "replaceContact", summary = "Replace a contact",
			description = "Sets every field; a left-out field is cleared. Needs If-Match with the ETag last read. A "
					+ "restricted contact (Art. 18) refuses the change with a 409 until the restriction is lifted.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = ContactInput.class),
					examples = @ExampleObject(name = "lead", summary = "A new lead", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The replaced contact",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactResource.class)))
	@VersionedChangeProblems
	ResponseEntity<ContactResource> replace(@Parameter(description = "The contact's id",
			schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch,
			@Nullable JsonNode body);

	@Operation(operationId = "patchContact", summary = "Change some fields of a contact (JSON Merge Patch)",
			description = "A left-out field keeps its value, null clears it. Needs If-Match with the ETag last read. "
					+ "A restricted contact (Art. 18) refuses the change with a 409 until the restriction is lifted.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ContactPatch.class),
							examples = @ExampleObject(name = "newJob", summary = "Change the job title, clear the phone",
									value = "{\"jobTitle\": \"Novelist\", \"phone\": null}")),
					@Content(mediaType = JSON, schema = @Schema(implementation = ContactPatch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed contact",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ContactResource.class)))
	@VersionedChangeProblems
	ResponseEntity<ContactResource> patch(@Parameter(description = "The contact's id",
			schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch,
			@Nullable JsonNode body);

	@Operation(operationId = "deleteContact", summary = "Delete a contact",
			description = "Erases the person: their data key is destroyed, so no copy of their data can be read "
					+ "again. ADMIN and DPO only. If-Match is optional; when sent, a stale version is a 412. A "
					+ "restricted contact (Art. 18) is not deleted (409); an erasure request removes it.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Restricted")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = "The contact's id",
			schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch);
}
