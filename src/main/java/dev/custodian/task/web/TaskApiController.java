package dev.custodian.task.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.CountedPage;
import dev.custodian.shared.Ids;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Versions;
import dev.custodian.shared.Violations;
import dev.custodian.task.Task;
import dev.custodian.task.TaskForm;
import dev.custodian.task.TaskLists;
import dev.custodian.task.TaskManagement;
import dev.custodian.task.TaskQuery;
import dev.custodian.identity.CustodianPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/tasks}: make, read, list, merge-patch (complete and reopen too) and delete tasks. Changes need
 * {@code If-Match} with the task's ETag (optional for a deletion).
 */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskApiController implements TaskApiDocs {

	private static final String COLLECTION = "/api/v1/tasks";

	private final TaskManagement tasks;

	private final TaskLists lists;

	TaskApiController(TaskManagement tasks, TaskLists lists) {
		this.tasks = tasks;
		this.lists = lists;
	}

	@GetMapping
	@Override
	public CountedPage<TaskResource> list(@RequestParam(required = false) @Nullable String assigneeId,
			@RequestParam(required = false) @Nullable String mine,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String dueFrom,
			@RequestParam(required = false) @Nullable String dueTo,
			@RequestParam(required = false) @Nullable String overdue,
			@RequestParam(required = false) @Nullable String contactId,
			@RequestParam(required = false) @Nullable String companyId,
			@RequestParam(required = false) @Nullable String dealId,
			@RequestParam(required = false) @Nullable String ticketId,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor,
			@AuthenticationPrincipal @Nullable CustodianPrincipal me) {
		Violations violations = new Violations();
		UUID assignee = Ids.optional(assigneeId, "assigneeId", violations);
		Boolean onlyMine = TaskJson.bool(mine, "mine", violations);
		if (Boolean.TRUE.equals(onlyMine)) {
			if (assignee != null) {
				violations.add("mine", "give either mine or assigneeId");
			}
			assignee = me == null ? null : me.id().value();
		}
		String state = status == null || status.isBlank() ? null : status.trim();
		if (state != null && !List.of(Task.OPEN, Task.DONE).contains(state)) {
			violations.add("status", "must be one of open, done");
		}
		Instant from = TaskJson.instant(dueFrom, "dueFrom", violations);
		Instant to = TaskJson.instant(dueTo, "dueTo", violations);
		Boolean late = TaskJson.bool(overdue, "overdue", violations);
		Object[] link = TaskJson.link(Arrays.asList(contactId, companyId, dealId, ticketId), violations);
		PageRequest page = violations.collect(() -> PageRequest.parse(limit, cursor), PageRequest.first(1));
		violations.throwIfAny();
		TaskQuery query = new TaskQuery(assignee, state, from, to, null, (String) link[0], (UUID) link[1], late,
				false, page);
		return CountedPage.of(lists.list(query), lists.count(query)).map(TaskResource::of);
	}

	@PostMapping
	@Override
	public ResponseEntity<TaskResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		TaskForm form = TaskJson.create(body, violations);
		violations.throwIfAnyWith(() -> tasks.problemsWith(form).stream()
			.filter(v -> !violations.has(v.field()))
			.toList());
		Task created = tasks.create(form);
		return VersionedAnswers.created(COLLECTION, created.id(), created.version(), TaskResource.of(created));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<TaskResource> get(@PathVariable String id) {
		Task task = tasks.get(Ids.parseOrNotFound(id, TaskManagement.RECORD_TYPE));
		return VersionedAnswers.current(task.version(), TaskResource.of(task));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<TaskResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID taskId = Ids.parseOrNotFound(id, TaskManagement.RECORD_TYPE);
		long expected = Versions.expected(ifMatch);
		Task current = tasks.get(taskId);
		Violations violations = new Violations();
		String[] status = new String[1];
		TaskForm form = TaskJson.patch(body, current, status, violations);
		violations.throwIfAnyWith(() -> tasks.problemsWith(taskId, form, status[0]).stream()
			.filter(v -> !violations.has(v.field()))
			.toList());
		Task changed = tasks.change(taskId, form, status[0], expected);
		return VersionedAnswers.current(changed.version(), TaskResource.of(changed));
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		tasks.delete(Ids.parseOrNotFound(id, TaskManagement.RECORD_TYPE), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
