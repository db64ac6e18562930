package dev.custodian.task.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Ids;
import dev.custodian.task.Task;
import dev.custodian.task.TaskForm;
import dev.custodian.task.TaskLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns tasks into rows for the pages: each linked record's label, opened once per kind for the whole list (the
 * record's module audits what it opens), and each assignee's name.
 */
@Component
class TaskRows {

	private final TaskLinks links;

	private final UserManagement users;

	TaskRows(TaskLinks links, UserManagement users) {
		this.links = links;
		this.users = users;
	}

	List<TaskRow> of(List<Task> tasks) {
		Map<String, Map<UUID, String>> labels = new HashMap<>();
		for (String kind : TaskForm.LINK_KINDS) {
			List<UUID> ids = tasks.stream()
				.filter(task -> kind.equals(task.linkKind()))
				.map(Task::linkId)
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			labels.put(kind, links.labels(kind, ids));
		}
		Map<UUID, String> names = new HashMap<>();
		Instant now = Instant.now();
		List<TaskRow> rows = new ArrayList<>();
		for (Task task : tasks) {
			String label = null;
			String path = null;
			if (task.linkKind() != null && task.linkId() != null) {
				label = labels.get(task.linkKind()).get(task.linkId());
				path = label == null ? null : links.path(task.linkKind(), task.linkId());
			}
			String assignee = names.computeIfAbsent(task.assigneeId(), id -> users.find(new UserId(id))
				.map(UserAccount::displayName)
				.orElse(id.toString()));
			rows.add(new TaskRow(task, label, path, assignee, task.overdueAt(now)));
		}
		return rows;
	}

	TaskRow of(Task task) {
		return of(List.of(task)).get(0);
	}

	/** Enabled users, for choosing whom a task is for. */
	List<UserAccount> assignees() {
		return users.activeUsers();
	}

	/**
	 * Enabled users, and the task's current assignee when they are not among them (disabled since), so that saving
	 * the form keeps them rather than quietly choosing someone else.
	 */
	List<UserAccount> assignees(@Nullable String current) {
		List<UserAccount> active = new ArrayList<>(users.activeUsers());
		UUID kept = Ids.parseOrNull(current);
		if (kept != null && active.stream().noneMatch(user -> user.id().value().equals(kept))) {
			users.find(new UserId(kept)).ifPresent(active::add);
		}
		return active;
	}
}
