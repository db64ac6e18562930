package dev.custodian.task.web;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.task.Task;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A task as the API shows it. At most one of contactId, companyId, dealId and ticketId is set: the record the task
 * is linked to.
 */
@Schema(name = "Task")
record TaskResource(UUID id, @Schema(example = "Call back about the renewal") String title,
		@Schema(example = "She asked for the new price list first") @Nullable String description,
		@Schema(description = "When it is due, a UTC instant", example = "2026-12-01T09:00:00Z") Instant dueAt,
		@Schema(description = "The user who is to do it") UUID assigneeId,
		@Schema(allowableValues = { "low", "normal", "high", "urgent" }, example = "normal") String priority,
		@Schema(allowableValues = { "open", "done" }, example = "open") String status,
		@Schema(description = "Open and due before now") boolean overdue,
		@Schema(description = "When it was done; null while open") @Nullable Instant completedAt,
		@Schema(description = "Who marked it done; null while open") @Nullable UUID completedBy,
		@Nullable UUID contactId, @Nullable UUID companyId, @Nullable UUID dealId, @Nullable UUID ticketId,
		@Schema(description = "Who made it; null for a task made by the system") @Nullable UUID createdBy,
		@Schema(description = "The person it is about is restricted (Art. 18): it refuses changes") boolean restricted,
		Instant createdAt, Instant updatedAt,
		@Schema(description = "Counts every change; the ETag", example = "0") long version) {

	static TaskResource of(Task t) {
		return new TaskResource(t.id(), t.title(), t.description(), t.dueAt(), t.assigneeId(), t.priority(),
				t.status(), t.overdueAt(Instant.now()), t.completedAt(), t.completedBy(), link(t, "contact"),
				link(t, "company"), link(t, "deal"), link(t, "ticket"), t.createdBy(), t.restricted(), t.createdAt(),
				t.updatedAt(), t.version());
	}

	private static @Nullable UUID link(Task task, String kind) {
		return kind.equals(task.linkKind()) ? task.linkId() : null;
	}
}
