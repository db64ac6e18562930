package dev.custodian.task;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A task, title and description opened.
 *
 * @param subjectId the data subject whose key seals the title and description: the linked contact, or the task
 * itself when it is about no contact
 * @param assigneeId the user who is to do it
 * @param priority {@code low}, {@code normal}, {@code high} or {@code urgent}
 * @param status {@code open} or {@code done}
 * @param linkKind the kind of the linked record ({@code contact}, {@code company}, {@code deal}, {@code ticket}),
 * or null when the task is linked to none
 * @param completedAt when it was done, null while open
 * @param completedBy the user who marked it done, null while open
 * @param restricted whether the person it is about is restricted (Art. 18): the task then refuses changes
 */
public record Task(UUID id, UUID subjectId, String title, @Nullable String description, Instant dueAt,
		UUID assigneeId, String priority, String status, @Nullable String linkKind, @Nullable UUID linkId,
		@Nullable Instant completedAt, @Nullable UUID completedBy, @Nullable UUID createdBy, boolean restricted,
		Instant createdAt, Instant updatedAt, long version) {

	public static final String OPEN = "open";

	public static final String DONE = "done";

	public boolean done() {
		return DONE.equals(status);
	}

	/** Open and due before the given instant. */
	public boolean overdueAt(Instant now) {
		return !done() && dueAt.isBefore(now);
	}

	/** Whether the task is about a contact, so its title and description are that person's data. */
	public boolean aboutContact() {
		return TaskForm.CONTACT.equals(linkKind);
	}
}
