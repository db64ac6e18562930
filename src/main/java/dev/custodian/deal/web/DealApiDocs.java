package dev.custodian.deal.web;

import dev.custodian.shared.ApiAnswers;
import dev.custodian.shared.ApiAnswers.VersionedChangeProblems;
import dev.custodian.shared.CountedPage;
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
 * The deal API as the OpenAPI document describes it, kept apart from {@link DealApiController}.
 */
@Tag(name = "Deals", description = "Deals in the stages of a pipeline, with the people taking part (read: deal:read; "
		+ "change: deal:write; delete: deal:delete)")
interface DealApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String DEAL_ID = "The deal's id";

	String CREATE_EXAMPLE = """
			{"name": "Fleet renewal 2027", "amount": "12500.00", "currency": "EUR", \
			"pipelineId": "019a0000-0000-7000-8000-000000000001", "stageId": "019a0000-0000-7000-8000-000000000013", \
			"contacts": [{"contactId": "019a1b2c-3d4e-7f00-8a00-000000000001", "role": "decision-maker"}], \
			"expectedCloseDate": "2026-12-31"}""";

	@Operation(operationId = "listDeals", summary = "List deals, earliest expected close first unless sorted otherwise",
			description = "Keyset pagination: pass nextCursor back as cursor, with the same sort. Filters combine; "
					+ "total counts the deals that match them, exactly up to 10,000. Restricted people (Art. 18) are "
					+ "left out of contacts for everyone but the DPO. Needs deal:read.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = DealPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	CountedPage<DealResource> list(
			@Parameter(description = "Only deals of this pipeline", schema = @Schema(format = "uuid")) @Nullable String pipelineId,
			@Parameter(description = "Only deals in this stage", schema = @Schema(format = "uuid")) @Nullable String stageId,
			@Parameter(description = "Only deals owned by this user", schema = @Schema(format = "uuid")) @Nullable String ownerId,
			@Parameter(description = "Only deals of this company", schema = @Schema(format = "uuid")) @Nullable String companyId,
			@Parameter(description = "Only deals this person takes part in", schema = @Schema(format = "uuid")) @Nullable String contactId,
			@Parameter(description = "Only deals with this status",
					schema = @Schema(allowableValues = { "open", "won", "lost" })) @Nullable String status,
			@Parameter(description = "Only deals expected to close on or after this date",
					schema = @Schema(format = "date")) @Nullable String closeFrom,
			@Parameter(description = "Only deals expected to close on or before this date",
					schema = @Schema(format = "date")) @Nullable String closeTo,
			@Parameter(description = "Order: expectedCloseDate (the default), amount, stage (position in the "
					+ "pipeline) or updated; a leading - reverses it",
					schema = @Schema(allowableValues = { "expectedCloseDate", "-expectedCloseDate", "amount", "-amount",
							"stage", "-stage", "updated", "-updated" })) @Nullable String sort,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor);

	@Operation(operationId = "createDeal", summary = "Create a deal",
			description = "The stage decides the status (probability 100: won, 0: lost, otherwise open); a lost deal "
					+ "needs lostReasonId. Needs deal:write.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = DealInputs.Deal.class),
					examples = @ExampleObject(name = "deal", summary = "A deal with one person", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new deal's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = DealResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	ResponseEntity<DealResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getDeal", summary = "Read a deal",
			description = "Audited with the people it names. Needs deal:read.")
	@ApiResponse(responseCode = "200", description = "The deal",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = DealResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<DealResource> get(@Parameter(description = DEAL_ID, schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "replaceDeal", summary = "Replace a deal",
			description = "Every field as for a new deal; a left-out field is cleared or defaulted. A restricted "
					+ "person's link stays as it is. Needs If-Match and deal:write.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = DealInputs.Deal.class))))
	@ApiResponse(responseCode = "200", description = "The replaced deal",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = DealResource.class)))
	@VersionedChangeProblems
	ResponseEntity<DealResource> replace(@Parameter(description = DEAL_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "patchDeal", summary = "Change a deal (JSON Merge Patch)",
			description = "Only the fields sent change. Moving the stage without a status lets the new stage decide "
					+ "it. Needs If-Match and deal:write.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = DealInputs.Deal.class)),
					@Content(mediaType = JSON, schema = @Schema(implementation = DealInputs.Deal.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed deal",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = DealResource.class)))
	@VersionedChangeProblems
	ResponseEntity<DealResource> patch(@Parameter(description = DEAL_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "moveDeal", summary = "Move a deal to another stage",
			description = "Recorded in its stage history. A stage of probability 100 makes it won, 0 lost (with "
					+ "lostReasonId), any other open. Needs If-Match and deal:write.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = DealInputs.Move.class))))
	@ApiResponse(responseCode = "200", description = "The moved deal",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = DealResource.class)))
	@VersionedChangeProblems
	ResponseEntity<DealResource> move(@Parameter(description = DEAL_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "getDealStageHistory", summary = "Read a deal's stage history",
			description = "Every stage it entered, first to last, with the time spent in each. Needs deal:read.")
	@ApiResponse(responseCode = "200", description = "The history",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = StageHistory.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	StageHistory history(@Parameter(description = DEAL_ID, schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "deleteDeal", summary = "Delete a deal",
			description = "With its history and links. If-Match is optional; when sent, a stale version is a 412. "
					+ "Needs deal:delete.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = DEAL_ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch);
}
