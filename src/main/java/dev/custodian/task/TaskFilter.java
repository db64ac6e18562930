package dev.custodian.task;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.DbTime;

/**
 * The SQL condition of a task list: the query's filters as a where clause with its parameters. Tasks about
 * restricted people are left out unless the caller may see them.
 */
record TaskFilter(String where, List<Object> params) {

	TaskFilter {
		params = List.copyOf(params);
	}

	/** @param limitedTo the assignee a caller limited to their own records is held to, or null */
	static TaskFilter of(TaskQuery query, boolean withRestricted, @org.jspecify.annotations.Nullable UUID limitedTo) {
		List<String> conditions = new ArrayList<>();
		List<Object> params = new ArrayList<>();
		conditions.add("1 = 1");
		if (limitedTo != null) {
			conditions.add("assignee_id = ?");
			params.add(limitedTo);
		}
		if (!withRestricted) {
			conditions.add("restricted_at is null");
		}
		if (query.assigneeId() != null) {
			conditions.add("assignee_id = ?");
			params.add(query.assigneeId());
		}
		if (query.status() != null) {
			conditions.add("status = ?");
			params.add(query.status());
		}
		if (query.dueFrom() != null) {
			conditions.add("due_at >= ?");
			params.add(DbTime.param(query.dueFrom()));
		}
		if (query.dueBefore() != null) {
			conditions.add("due_at < ?");
			params.add(DbTime.param(query.dueBefore()));
		}
		if (query.completedSince() != null) {
			conditions.add("completed_at >= ?");
			params.add(DbTime.param(query.completedSince()));
		}
		if (query.linkKind() != null && query.linkId() != null) {
			conditions.add("link_kind = ? and link_id = ?");
			params.add(query.linkKind());
			params.add(query.linkId());
		}
		if (query.overdue() != null) {
			conditions.add(query.overdue() ? "status = 'open' and due_at < ?" : "(status = 'done' or due_at >= ?)");
			params.add(DbTime.param(DbTime.now()));
		}
		return new TaskFilter(String.join(" and ", conditions), params);
	}
}
