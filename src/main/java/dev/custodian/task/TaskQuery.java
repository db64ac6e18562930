package dev.custodian.task;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.shared.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Which tasks a list shows, one page at a time. Every filter is optional; times are half-open ranges
 * ({@code dueFrom} inclusive, {@code dueBefore} exclusive).
 *
 * @param status {@code open}, {@code done} or null for both
 * @param completedSince only tasks done at or after this instant (the "done recently" group)
 * @param linkKind with {@code linkId}: only tasks linked to that record
 * @param overdue true: only open tasks due before now; false: only tasks that are not (done, or due later); null:
 * both
 * @param newestDoneFirst order by completion, newest first, instead of by due time
 */
public record TaskQuery(@Nullable UUID assigneeId, @Nullable String status, @Nullable Instant dueFrom,
		@Nullable Instant dueBefore, @Nullable Instant completedSince, @Nullable String linkKind,
		@Nullable UUID linkId, @Nullable Boolean overdue, boolean newestDoneFirst, PageRequest page) {

	/** Open tasks due in the range, by due time. */
	public static TaskQuery open(@Nullable UUID assigneeId, @Nullable Instant dueFrom, @Nullable Instant dueBefore,
			PageRequest page) {
		return new TaskQuery(assigneeId, Task.OPEN, dueFrom, dueBefore, null, null, null, null, false, page);
	}

	/** Tasks done since the instant, newest first. */
	public static TaskQuery doneSince(@Nullable UUID assigneeId, Instant since, PageRequest page) {
		return new TaskQuery(assigneeId, Task.DONE, null, null, since, null, null, null, true, page);
	}

	/** A linked record's open tasks, by due time. */
	public static TaskQuery linkedTo(String kind, UUID id, PageRequest page) {
		return new TaskQuery(null, Task.OPEN, null, null, null, kind, id, null, false, page);
	}

	public TaskQuery withPage(PageRequest next) {
		return new TaskQuery(assigneeId, status, dueFrom, dueBefore, completedSince, linkKind, linkId,
				overdue, newestDoneFirst, next);
	}
}
