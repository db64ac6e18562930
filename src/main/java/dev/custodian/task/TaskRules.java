package dev.custodian.task;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a task must be: a title, a due time, an active user to do it, a known priority, and, when linked, a record
 * the caller may link to now. A task may keep an assignee who has since been disabled.
 */
@Component
class TaskRules {

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 5000;

	private final UserManagement users;

	private final TaskLinks links;

	TaskRules(UserManagement users, TaskLinks links) {
		this.users = users;
		this.links = links;
	}

	/**
	 * The form cleaned and completed (the caller as assignee, normal priority), its problems collected.
	 * @param current the stored task when changing one, null for a new task
	 */
	TaskForm check(TaskForm form, @Nullable Task current, @Nullable UUID caller, Violations violations) {
		String title = Text.limited(form.title(), TITLE_MAX, "title", violations);
		if (title == null) {
			violations.add("title", "is required");
		}
		String description = Text.limited(form.description(), DESCRIPTION_MAX, "description", violations);
		Instant dueAt = form.dueAt();
		if (dueAt == null) {
			violations.add("dueAt", "is required");
		}
		UUID assignee = form.assigneeId() == null ? caller : form.assigneeId();
		boolean kept = current != null && current.assigneeId().equals(assignee);
		if (assignee == null) {
			violations.add("assigneeId", "is required");
		}
		else if (!kept && users.find(new UserId(assignee)).filter(user -> user.enabled()).isEmpty()) {
			violations.add("assigneeId", "names no active user");
		}
		String priority = form.priority() == null ? "normal" : form.priority();
		if (!TaskForm.PRIORITIES.contains(priority)) {
			violations.add("priority", "must be one of low, normal, high, urgent");
		}
		if (current == null && form.linkKind() != null) {
			checkLink(form.linkKind(), form.linkId(), violations);
		}
		return new TaskForm(title, description, dueAt, assignee, priority,
				current == null ? form.linkKind() : current.linkKind(),
				current == null ? form.linkId() : current.linkId());
	}

	private void checkLink(String kind, @Nullable UUID id, Violations violations) {
		if (!TaskForm.LINK_KINDS.contains(kind)) {
			violations.add("link", "must be one of contact, company, deal, ticket");
		}
		else if (id == null || !links.linkable(kind, id)) {
			violations.add(kind + "Id", "names no " + kind + " a task can be linked to");
		}
	}
}
