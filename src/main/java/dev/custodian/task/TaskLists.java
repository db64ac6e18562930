package dev.custodian.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.Permission;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of tasks, with {@code task:read}: filtered pages for the API, the groups of the "My tasks" page and a
 * linked record's open tasks. Tasks about restricted people are left out for callers without
 * {@code restricted:read}. Each page that shows tasks about contacts is audited once, naming those people.
 */
@Service
public class TaskLists {

	/** How far back the "done recently" group reaches. */
	public static final int DONE_RECENTLY_DAYS = 7;

	private final Tasks tasks;

	private final AuditLog audit;

	private final OwnerLimits limits;

	TaskLists(Tasks tasks, AuditLog audit, OwnerLimits limits) {
		this.limits = limits;
		this.tasks = tasks;
		this.audit = audit;
	}

	/** One page of the tasks the query selects. */
	@PreAuthorize("hasAuthority('task:read')")
	@Transactional
	public KeysetPage<Task> list(TaskQuery query) {
		KeysetPage<Task> page = tasks.page(filter(query), query);
		List<UUID> people = page.items().stream().filter(Task::aboutContact).map(Task::subjectId).distinct().toList();
		if (!people.isEmpty()) {
			audit.record(AuditAction.READ, TaskManagement.RECORD_TYPE, null, people);
		}
		return page;
	}

	/** How many tasks the query selects (exact up to {@link ListCount#CAP}). */
	@PreAuthorize("hasAuthority('task:read')")
	@Transactional(readOnly = true)
	public ListCount count(TaskQuery query) {
		return tasks.count(filter(query));
	}

	/**
	 * The query of one group of the "My tasks" page, for the assignee (null: everyone) as the reader's clock and
	 * calendar see it: overdue (open, due before now), today (open, due from now to midnight), upcoming (open, due
	 * after today), done (done in the last {@value #DONE_RECENTLY_DAYS} days, newest first).
	 */
	public static TaskQuery group(Group group, @Nullable UUID assignee, ZoneId zone, Instant now, PageRequest page) {
		Instant tomorrow = LocalDate.ofInstant(now, zone).plusDays(1).atStartOfDay(zone).toInstant();
		return switch (group) {
			case OVERDUE -> TaskQuery.open(assignee, null, now, page);
			case TODAY -> TaskQuery.open(assignee, now, tomorrow, page);
			case UPCOMING -> TaskQuery.open(assignee, tomorrow, null, page);
			case DONE -> TaskQuery.doneSince(assignee, now.minus(DONE_RECENTLY_DAYS, ChronoUnit.DAYS), page);
		};
	}

	/** The groups of the "My tasks" page, in the order it shows them. */
	public enum Group {

		OVERDUE, TODAY, UPCOMING, DONE;

		/** The group's name in URLs and message keys. */
		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		/** The group a code names, or null. */
		public static @Nullable Group of(@Nullable String code) {
			for (Group group : values()) {
				if (group.code().equals(code)) {
					return group;
				}
			}
			return null;
		}
	}

	/** The current instant at the database's precision, for computing groups. */
	public static Instant now() {
		return DbTime.now();
	}

	private TaskFilter filter(TaskQuery query) {
		return TaskFilter.of(query, Caller.can(Permission.RESTRICTED_READ), limits.ownerFilter(null));
	}
}
