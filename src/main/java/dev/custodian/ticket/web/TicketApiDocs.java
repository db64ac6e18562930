package dev.custodian.ticket.web;

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
 * The ticket API as the OpenAPI document describes it, kept apart from {@link TicketApiController}.
 */
@Tag(name = "Tickets", description = "Support tickets and their SLA clocks")
interface TicketApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String CREATE_EXAMPLE = """
			{"subject": "Printer on fire", "description": "Smoke comes out of the paper tray.", "priority": "urgent",
			 "channel": "phone", "requesterId": "019a0000-0000-7000-8000-0000000000aa", "tags": ["hardware"]}""";

	String UUID_FORMAT = "uuid";

	@Operation(operationId = "listTickets", summary = "List tickets, most recently updated first unless sorted "
			+ "otherwise", description = "Keyset pagination: pass nextCursor back as cursor, with the same sort and "
					+ "filters. Filters combine; total counts the tickets that match them, exactly up to 10,000. "
					+ "Tickets of restricted requesters (Art. 18) are listed and counted only for the DPO.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	CountedPage<TicketResource> list(
			@Parameter(description = "A ticket number (123 or #123), or words that each start a word of the subject "
					+ "(case and accents ignored, two characters or more)", example = "printer") @Nullable String q,
			@Parameter(description = "A queue: unassigned, mine (assigned to the caller) and open take tickets "
					+ "still new, open or pending; breached takes those past a deadline (soonest due first)",
					schema = @Schema(allowableValues = { "all", "unassigned", "mine", "open", "breached" })) @Nullable String queue,
			@Parameter(description = "Only tickets with this status", schema = @Schema(allowableValues = { "new",
					"open", "pending", "solved", "closed" })) @Nullable String status,
			@Parameter(description = "Only tickets with this priority",
					schema = @Schema(allowableValues = { "low", "normal", "high", "urgent" })) @Nullable String priority,
			@Parameter(description = "Only tickets assigned to this user",
					schema = @Schema(format = UUID_FORMAT)) @Nullable String assigneeId,
			@Parameter(description = "true: only tickets assigned to nobody",
					schema = @Schema(type = "boolean")) @Nullable String unassigned,
			@Parameter(description = "Only tickets this contact requested",
					schema = @Schema(format = UUID_FORMAT)) @Nullable String requesterId,
			@Parameter(description = "Only tickets with this tag", example = "hardware") @Nullable String tag,
			@Parameter(description = "true: only tickets breached now; false: only those not breached",
					schema = @Schema(type = "boolean")) @Nullable String breached,
			@Parameter(description = "Order: updated (the default, newest first as -updated), priority, due (the "
					+ "deadline that breaches next or breached) or number; a leading - reverses it. Ties are broken "
					+ "by id.", example = "-updated",
					schema = @Schema(pattern = "^-?(updated|priority|due|number)$")) @Nullable String sort,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor,
			@Parameter(hidden = true) jakarta.servlet.http.HttpServletRequest request);

	@Operation(operationId = "createTicket", summary = "Open a ticket",
			description = "The ticket starts as new, its SLA deadlines set from its priority's targets. Answers with "
					+ "the ticket, its Location and its ETag. Support and administrators only.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = TicketInput.class),
					examples = @ExampleObject(name = "urgent", summary = "An urgent call", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new ticket's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	ResponseEntity<TicketResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getTicket", summary = "Read a ticket with its SLA clocks",
			description = "The ETag header is the version to send as If-Match when changing it.")
	@ApiResponse(responseCode = "200", description = "The ticket",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<TicketResource> get(@Parameter(description = "The ticket's id",
			schema = @Schema(format = UUID_FORMAT)) String id);

	@Operation(operationId = "patchTicket", summary = "Change a ticket (JSON Merge Patch)",
			description = "A left-out field keeps its value, null clears it. Needs If-Match with the ETag last read. "
					+ "An illegal status move is a 400 naming status; a restricted requester's ticket refuses the "
					+ "change with a 409.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = TicketPatch.class),
							examples = @ExampleObject(name = "pending", summary = "Wait for the customer",
									value = "{\"status\": \"pending\"}")),
					@Content(mediaType = JSON, schema = @Schema(implementation = TicketPatch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed ticket",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TicketResource.class)))
	@VersionedChangeProblems
	ResponseEntity<TicketResource> patch(@Parameter(description = "The ticket's id",
			schema = @Schema(format = UUID_FORMAT)) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "deleteTicket", summary = "Delete a ticket",
			description = "Administrators only. If-Match is optional; when sent, a stale version is a 412. A "
					+ "restricted requester's ticket is not deleted (409).")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Restricted")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = "The ticket's id",
			schema = @Schema(format = UUID_FORMAT)) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch);
}
