package dev.custodian.company.web;

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
 * The company API as the OpenAPI document describes it, kept apart from {@link CompanyApiController} so the
 * controller reads as code. Bodies are read as JSON trees (strict about unknown fields, merge-patch aware), so
 * their schemas are named here.
 */
@Tag(name = "Companies", description = "Organisations")
interface CompanyApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String CREATE_EXAMPLE = """
			{"name": "Analytical Engines Ltd", "domain": "engines.example", "sizeBand": "11-50",
			 "address": {"city": "London", "country": "GB"}}""";

	String SOLE_TRADER_EXAMPLE = """
			{"name": "Ada's Bookkeeping", "soleTrader": true, "email": "ada@books.example",
			 "phone": "+44 20 7946 0958", "address": {"city": "London", "country": "GB"}}""";

	@Operation(operationId = "listCompanies", summary = "List companies, by name unless sorted otherwise",
			description = "Keyset pagination: pass nextCursor back as cursor, with the same sort. total counts the "
					+ "companies that match the filters, exactly up to 10,000. Sole traders whose data is restricted "
					+ "(Art. 18) are left out, except for the data-protection officer (restricted:read). Custom fields "
					+ "not personal filter too, as cf.<key>=<value> (cf.region=north); an unknown key, a personal field "
					+ "(its values are sealed) or a value the field cannot hold is a 400 naming cf.<key>.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CompanyPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	CountedPage<CompanyResource> list(
			@Parameter(description = "The start of the name or the domain", example = "engines") @Nullable String q,
			@Parameter(description = "true: only sole traders; false: only organisations; left out: both",
					schema = @Schema(type = "boolean")) @Nullable String soleTrader,
			@Parameter(description = "Order: name (the default), domain, industry, size (by head count) or updated; "
					+ "a leading - reverses it. Ties are broken by id. Contact details are sealed and do not sort.",
					example = "-updated",
					schema = @Schema(pattern = "^-?(name|domain|industry|size|updated)$")) @Nullable String sort,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor,
			@Parameter(hidden = true) jakarta.servlet.http.HttpServletRequest request);

	@Operation(operationId = "createCompany", summary = "Create a company",
			description = "Answers with the company, its Location and its ETag.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = CompanyInput.class),
					examples = { @ExampleObject(name = "company", summary = "A new company", value = CREATE_EXAMPLE),
							@ExampleObject(name = "soleTrader", summary = "A sole trader (a data subject)",
									value = SOLE_TRADER_EXAMPLE) })))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new company's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CompanyResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	ResponseEntity<CompanyResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getCompany", summary = "Read a company",
			description = "The ETag header is the version to send as If-Match when changing it. Reading a sole "
					+ "trader is audited, naming it as the data subject.")
	@ApiResponse(responseCode = "200", description = "The company",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CompanyResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<CompanyResource> get(@Parameter(description = "The company's id",
			schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "replaceCompany", summary = "Replace a company",
			description = "Sets every field; a left-out field is cleared. Needs If-Match with the ETag last read. A "
					+ "company whose data is restricted answers 409.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = CompanyInput.class),
					examples = @ExampleObject(name = "company", summary = "A new company", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The replaced company",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CompanyResource.class)))
	@VersionedChangeProblems
	ResponseEntity<CompanyResource> replace(@Parameter(description = "The company's id",
			schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch,
			@Nullable JsonNode body);

	@Operation(operationId = "patchCompany", summary = "Change some fields of a company (JSON Merge Patch)",
			description = "A left-out field keeps its value, null clears it. Needs If-Match with the ETag last read. "
					+ "A company whose data is restricted answers 409.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CompanyPatch.class),
							examples = @ExampleObject(name = "grown", summary = "Change the size band, clear the phone",
									value = "{\"sizeBand\": \"51-200\", \"phone\": null}")),
					@Content(mediaType = JSON, schema = @Schema(implementation = CompanyPatch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed company",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = CompanyResource.class)))
	@VersionedChangeProblems
	ResponseEntity<CompanyResource> patch(@Parameter(description = "The company's id",
			schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch,
			@Nullable JsonNode body);

	@Operation(operationId = "deleteCompany", summary = "Delete a company",
			description = "Its contacts stay, without a company, and its data key is destroyed. ADMIN and SALES "
					+ "only. If-Match is optional; when sent, a stale version is a 412. A company whose data is "
					+ "restricted answers 409.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = "The company's id",
			schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch);
}
