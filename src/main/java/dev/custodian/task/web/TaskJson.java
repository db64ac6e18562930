package dev.custodian.task.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.shared.Ids;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import dev.custodian.task.Task;
import dev.custodian.task.TaskForm;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads task bodies and parameters, collecting every mistake, so that one 400 names every invalid field.
 */
final class TaskJson {

	static final String ONE_LINK = "give only one of contactId, companyId, dealId and ticketId";

	static final String DATE_TIME = "must be a date-time with offset, such as 2026-01-31T09:00:00Z";

	private static final Set<String> CREATE = Set.of("title", "description", "dueAt", "assigneeId", "priority",
			"contactId", "companyId", "dealId", "ticketId");

	private static final Set<String> PATCH = Set.of("title", "description", "dueAt", "assigneeId", "priority",
			"status", "contactId", "companyId", "dealId", "ticketId", "id", "overdue", "completedAt", "completedBy",
			"createdBy", "restricted", "createdAt", "updatedAt", "version");

	private TaskJson() {
	}

	/** A new task's form from a POST body. */
	static TaskForm create(@Nullable JsonNode body, Violations violations) {
		JsonInput in = JsonInput.of(body, CREATE, "", violations);
		String kind = null;
		UUID linkId = null;
		for (String candidate : TaskForm.LINK_KINDS) {
			UUID id = Ids.optional(in.text(candidate + "Id", null), candidate + "Id", violations);
			if (id != null && kind != null) {
				violations.add(candidate + "Id", ONE_LINK);
			}
			else if (id != null) {
				kind = candidate;
				linkId = id;
			}
		}
		return new TaskForm(in.text("title", null), in.text("description", null),
				instant(in.text("dueAt", null), "dueAt", violations),
				Ids.optional(in.text("assigneeId", null), "assigneeId", violations), in.text("priority", null), kind,
				linkId);
	}

	/** A merge patch over the stored task; its {@code status}, or null when left out, is in {@code status[0]}. */
	static TaskForm patch(@Nullable JsonNode body, Task current, @Nullable String[] status, Violations violations) {
		JsonInput in = JsonInput.of(body, PATCH, "", violations);
		for (String kind : TaskForm.LINK_KINDS) {
			String field = kind + "Id";
			if (in.has(field)) {
				String given = in.text(field, null);
				boolean same = kind.equals(current.linkKind()) && String.valueOf(current.linkId()).equals(given);
				if (!same && !(given == null && !kind.equals(current.linkKind()))) {
					violations.add(field, "cannot be changed");
				}
			}
		}
		Instant dueAt = in.has("dueAt") ? instant(in.text("dueAt", null), "dueAt", violations) : current.dueAt();
		if (in.has("dueAt") && dueAt == null && !violations.has("dueAt")) {
			violations.add("dueAt", "is required");
		}
		UUID assignee = current.assigneeId();
		if (in.has("assigneeId")) {
			assignee = Ids.optional(in.text("assigneeId", null), "assigneeId", violations);
			if (assignee == null && !violations.has("assigneeId")) {
				violations.add("assigneeId", "is required");
			}
		}
		status[0] = in.text("status", null);
		String priority = in.text("priority", current.priority());
		if (in.has("priority") && priority == null) {
			violations.add("priority", "is required");
		}
		return new TaskForm(in.text("title", current.title()), in.text("description", current.description()), dueAt,
				assignee, priority, current.linkKind(), current.linkId());
	}

	/** An instant given with its offset; null for none. */
	static @Nullable Instant instant(@Nullable String text, String field, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.trim()).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(field, DATE_TIME);
			return null;
		}
	}

	static @Nullable Boolean bool(@Nullable String text, String field, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!List.of("true", "false").contains(text.trim())) {
			violations.add(field, "must be true or false");
			return null;
		}
		return Boolean.valueOf(text.trim());
	}

	/** The link filters given, as [kind, id]; a second is reported. */
	static @Nullable Object[] link(List<@Nullable String> ids, Violations violations) {
		List<Object[]> given = new ArrayList<>();
		for (int i = 0; i < TaskForm.LINK_KINDS.size(); i++) {
			String field = TaskForm.LINK_KINDS.get(i) + "Id";
			UUID id = Ids.optional(ids.get(i), field, violations);
			if (id != null) {
				if (!given.isEmpty()) {
					violations.add(field, ONE_LINK);
				}
				given.add(new Object[] { TaskForm.LINK_KINDS.get(i), id });
			}
		}
		return given.isEmpty() ? new Object[] { null, null } : given.get(0);
	}
}
