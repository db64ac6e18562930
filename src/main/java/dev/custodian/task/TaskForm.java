package dev.custodian.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a client or page sends to make or change a task. The link is set when the task is made and never changes:
 * a task about a contact is sealed under that person's key and stored with their records.
 *
 * @param assigneeId the user to do it; null means the caller
 * @param priority null means {@code normal}
 * @param linkKind {@code contact}, {@code company}, {@code deal}, {@code ticket}, or null for no link
 */
public record TaskForm(@Nullable String title, @Nullable String description, @Nullable Instant dueAt,
		@Nullable UUID assigneeId, @Nullable String priority, @Nullable String linkKind, @Nullable UUID linkId) {

	public static final String CONTACT = "contact";

	/** The kinds of record a task can be linked to, as {@code LinkableRecords.kind()} names them. */
	public static final List<String> LINK_KINDS = List.of(CONTACT, "company", "deal", "ticket");

	/** The priorities, lowest first. */
	public static final List<String> PRIORITIES = List.of("low", "normal", "high", "urgent");

	/** The form of a stored task, for changing some of its fields. */
	public static TaskForm of(Task task) {
		return new TaskForm(task.title(), task.description(), task.dueAt(), task.assigneeId(), task.priority(),
				task.linkKind(), task.linkId());
	}
}
