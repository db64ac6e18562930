package dev.custodian.task.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.UUID;

import dev.custodian.shared.Ids;
import dev.custodian.shared.Violations;
import dev.custodian.task.Task;
import dev.custodian.task.TaskForm;
import org.jspecify.annotations.Nullable;

/**
 * The task form as a page posts it: the due time as the reader's wall clock ({@code 2026-01-31T09:00} in their time
 * zone), ids as text. The link is a hidden pair, kept only for a new task.
 */
record TaskPageForm(@Nullable String title, @Nullable String description, @Nullable String dueAt,
		@Nullable String assigneeId, @Nullable String priority, @Nullable String linkKind, @Nullable String linkId) {

	static final String LOCAL = "must be a date and time such as 2026-01-31T09:00";

	private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	static TaskPageForm empty(@Nullable UUID assignee, @Nullable String linkKind, @Nullable UUID linkId) {
		return new TaskPageForm(null, null, null, assignee == null ? null : assignee.toString(), "normal", linkKind,
				linkId == null ? null : linkId.toString());
	}

	static TaskPageForm of(Task task, ZoneId zone) {
		return new TaskPageForm(task.title(), task.description(), local(task.dueAt(), zone),
				task.assigneeId().toString(), task.priority(), task.linkKind(),
				task.linkId() == null ? null : task.linkId().toString());
	}

	/** The form for the services, the due time read in the reader's zone; problems of its own go to violations. */
	TaskForm toForm(ZoneId zone, Violations violations) {
		Instant due = null;
		if (dueAt != null && !dueAt.isBlank()) {
			try {
				due = LocalDateTime.parse(dueAt.trim()).atZone(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				violations.add("dueAt", LOCAL);
			}
		}
		String kind = linkKind == null || linkKind.isBlank() ? null : linkKind;
		UUID link = kind == null ? null : Ids.optional(linkId, kind + "Id", violations);
		return new TaskForm(title, description, due, Ids.optional(assigneeId, "assigneeId", violations),
				priority == null || priority.isBlank() ? null : priority, kind, link);
	}

	/** An instant as the input of type datetime-local shows it in the zone. */
	static String local(Instant instant, ZoneId zone) {
		return INPUT.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), zone));
	}
}
