package dev.custodian.task.web;

import dev.custodian.identity.CustodianPrincipal;
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
 * The task API as the OpenAPI document describes it, kept apart from {@link TaskApiController} so the controller
 * reads as code.
 */
@Tag(name = "Tasks", description = "To-dos with a due time and an assignee, linked to a contact, company, deal or ticket")
interface TaskApiDocs {

	String JSON = "application/json";

	String MERGE_PATCH = "application/merge-patch+json";

	String CREATE_EXAMPLE = """
			{"title": "Call back about the renewal", "dueAt": "2026-12-01T09:00:00Z", "priority": "high",
			 "contactId": "019a0000-0000-7000-8000-0000000000c1"}""";

	@Operation(operationId = "listTasks", summary = "List tasks, soonest due first",
			description = "Keyset pagination: pass nextCursor back as cursor with the same filters. total counts the "
					+ "tasks that match, exactly up to 10,000. Tasks about restricted people (Art. 18) are left out, "
					+ "except for the data-protection officer (restricted:read). Reading tasks about contacts is "
					+ "audited once per page, naming those people. At most one of contactId, companyId, dealId and "
					+ "ticketId.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TaskPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	CountedPage<TaskResource> list(
			@Parameter(description = "Only tasks assigned to this user", schema = @Schema(format = "uuid")) @Nullable String assigneeId,
			@Parameter(description = "true: only the caller's tasks (not with assigneeId)",
					schema = @Schema(type = "boolean")) @Nullable String mine,
			@Parameter(description = "open or done; left out: both",
					schema = @Schema(allowableValues = { "open", "done" })) @Nullable String status,
			@Parameter(description = "Only tasks due at or after this instant", example = "2026-12-01T00:00:00Z",
					schema = @Schema(format = "date-time")) @Nullable String dueFrom,
			@Parameter(description = "Only tasks due before this instant", example = "2026-12-08T00:00:00Z",
					schema = @Schema(format = "date-time")) @Nullable String dueTo,
			@Parameter(description = "true: only open tasks due before now; false: only those that are not",
					schema = @Schema(type = "boolean")) @Nullable String overdue,
			@Parameter(description = "Only tasks about this contact", schema = @Schema(format = "uuid")) @Nullable String contactId,
			@Parameter(description = "Only tasks linked to this company", schema = @Schema(format = "uuid")) @Nullable String companyId,
			@Parameter(description = "Only tasks linked to this deal", schema = @Schema(format = "uuid")) @Nullable String dealId,
			@Parameter(description = "Only tasks linked to this ticket", schema = @Schema(format = "uuid")) @Nullable String ticketId,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor,
			@Parameter(hidden = true) @Nullable CustodianPrincipal me);

	@Operation(operationId = "createTask", summary = "Make a task",
			description = "Assigned to the caller unless assigneeId names another active user. A task about a "
					+ "contact is sealed under that person's key and goes with them: it is part of their export and "
					+ "is deleted when they are erased. Answers with the task, its Location and its ETag.",
			requestBody = @RequestBody(required = true, content = @Content(mediaType = JSON,
					schema = @Schema(implementation = TaskInputs.Create.class),
					examples = @ExampleObject(name = "task", summary = "A call about a contact", value = CREATE_EXAMPLE))))
	@ApiResponse(responseCode = "201", description = "Created",
			headers = { @Header(name = "Location", description = "The new task's URL", schema = @Schema(type = "string")),
					@Header(name = "ETag", description = "Its version, for If-Match", schema = @Schema(type = "string")) },
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TaskResource.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	ResponseEntity<TaskResource> create(@Nullable JsonNode body);

	@Operation(operationId = "getTask", summary = "Read a task",
			description = "The ETag header is the version to send as If-Match when changing it. Reading a task "
					+ "about a contact is audited, naming that person.")
	@ApiResponse(responseCode = "200", description = "The task",
			headers = @Header(name = "ETag", description = "Its version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TaskResource.class)))
	@ApiResponse(responseCode = "404", ref = "NotFound")
	ResponseEntity<TaskResource> get(@Parameter(description = "The task's id", schema = @Schema(format = "uuid")) String id);

	@Operation(operationId = "patchTask", summary = "Change, complete or reopen a task (JSON Merge Patch)",
			description = "A left-out field keeps its value. status done completes the task (completedAt, "
					+ "completedBy), open reopens it. The link cannot be changed. Needs If-Match with the ETag last "
					+ "read. A task about a restricted person answers 409.",
			requestBody = @RequestBody(required = true, content = {
					@Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = TaskInputs.Patch.class),
							examples = @ExampleObject(name = "done", summary = "Complete it",
									value = "{\"status\": \"done\"}")),
					@Content(mediaType = JSON, schema = @Schema(implementation = TaskInputs.Patch.class)) }))
	@ApiResponse(responseCode = "200", description = "The changed task",
			headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = "string")),
			content = @Content(mediaType = JSON, schema = @Schema(implementation = TaskResource.class)))
	@VersionedChangeProblems
	ResponseEntity<TaskResource> patch(@Parameter(description = "The task's id", schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch, @Nullable JsonNode body);

	@Operation(operationId = "deleteTask", summary = "Delete a task",
			description = "If-Match is optional; when sent, a stale version is a 412. A task with a key of its own "
					+ "loses the key too. A task about a restricted person answers 409.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", ref = "NotFound")
	@ApiResponse(responseCode = "409", ref = "Conflict")
	@ApiResponse(responseCode = "412", ref = "PreconditionFailed")
	ResponseEntity<Void> delete(@Parameter(description = "The task's id", schema = @Schema(format = "uuid")) String id,
			@Parameter(description = ApiAnswers.IF_MATCH) @Nullable String ifMatch);
}
