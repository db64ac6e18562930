package dev.custodian.activity.web;

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
 * The activity API as the OpenAPI document describes it, kept apart from {@link ActivityApiController}.
 */
@Tag(name = "Activities", description = "The timeline: notes, calls, meetings and emails about contacts, companies, "
		+ "deals and tickets")
interface ActivityApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String CALL_EXAMPLE = """
			{"type": "call", "direction": "outbound", "durationSeconds": 420, "outcome": "connected",
			 "subject": "Renewal", "body": "Agreed to send the new terms by Friday.",
			 "occurredAt": "2026-05-04T09:30:00Z", "contactIds": ["0196a1f2-7c3e-7d1a-9b4e-2f6a8c0d1e35"]}""";

	String MEETING_EXAMPLE = """
			{"type": "meeting", "subject": "Kick-off", "occurredAt": "2026-05-06T13:00:00Z",
			 "endsAt": "2026-05-06T14:00:00Z", "location": "Office, room 2",
			 "companyId": "0196a1f2-7c3e-7d1a-9b4e-2f6a8c0d1e36",
			 "attendeeContactIds": ["0196a1f2-7c3e-7d1a-9b4e-2f6a8c0d1e35"]}""";

	String ID = "The activity's id";

	@Operation(operationId = "listActivities", summary = "List activities, newest first",
			description = "Keyset pagination: pass nextCursor back as cursor. Filters combine; a record filter lists "
					+ "that record's timeline. Activities about a restricted person (Art. 18) are listed and counted "
					+ "only for the DPO. Reading is audited with the contacts whose activities are shown.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ActivityPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	CountedPage<ActivityResource> list(
			@Parameter(description = "Only activities about this contact", schema = @Schema(format = "uuid")) @Nullable String contactId,
			@Parameter(description = "Only activities about this company", schema = @Schema(format = "uuid")) @Nullable String companyId,
			@Parameter(description = "Only activities about this deal", schema = @Schema(format = "uuid")) @Nullable String dealId,
			@Parameter(description = "Only activities about this ticket", schema = @Schema(format = "uuid")) @Nullable String ticketId,
			@Parameter(description = "Only activities of this type",
					schema = @Schema(allowableValues = { "note", "call", "meeting", "email" })) @Nullable String type,
			@Parameter(description = "Only activities from then on: a date (from its start, UTC) or a date and time",
					example = "2026-05-01") @Nullable String from,
			@Parameter(description = "Only activities before then: a date (up to its end, UTC) or a date and time",
					example = "2026-05-31") @Nullable String to,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor);

	@Operation(operationId = "createActivity", summary = "Log a note, call, meeting or email",
			description = "Links to at least one contact, company, deal or ticket the caller may read and that is not "
					+ "restricted; each unknown or unlinkable one is named in the 400. A meeting's attendees and an "
					+ "email's participants are on its timeline too. Its content is sealed under the key of every "
					+ "contact it concerns, or under a key of its own when it concerns none. Answers with the "
					+ "activity, its Location and its ETag.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = ActivityInput.class),
					examples = { @ExampleObject(name = "call", summary = "An outbound call", value = CALL_EXAMPLE),
							@ExampleObject(name = "meeting", summary = "A meeting with a contact",
									value = MEETING_EXAMPLE) })))
	@ApiResponse(responseCode = "201", description = "Logged",
			headers = { @Header(name = "Location", description = "The new activity's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ActivityResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	ResponseEntity<ActivityResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getActivity", summary = "Read an activity",
			description = "The ETag header is the version to send as If-Match when changing it.")
	@ApiResponse(responseCode = "200", description = "The activity",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ActivityResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<ActivityResource> get(@Parameter(description = ID, schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "patchActivity", summary = "Change an activity's content and times (JSON Merge Patch)",
			description = "A left-out field keeps its value, null clears it. Its type, links and people are set when "
					+ "it is logged (400 when sent). Needs If-Match with the ETag last read. An activity about a "
					+ "restricted person refuses the change with a 409.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = ActivityPatch.class),
							examples = @ExampleObject(name = "outcome", summary = "Record how the call went",
									value = "{\"outcome\": \"left-voicemail\", \"durationSeconds\": 35}")),
					@Content(mediaType = JSON, schema = @Schema(implementation = ActivityPatch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed activity",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = ActivityResource.class)))
	@VersionedChangeProblems
	ResponseEntity<ActivityResource> patch(@Parameter(description = ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "deleteActivity", summary = "Delete an activity",
			description = "Needs activity:delete. If-Match is optional; when sent, a stale version is a 412. An "
					+ "activity about a restricted person is not deleted (409).")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Restricted")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = ID, schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch);
}
