package dev.custodian.task;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes, reads, changes, completes and deletes tasks. Reading takes {@code task:read}, everything else
 * {@code task:write}. A task about a contact is sealed under that person's key (its subject is the contact); any
 * other task under a key of its own (its subject is the task), destroyed with it. Every change is audited with the
 * task's subject; reading a task about a contact is audited as a read of that person's data. A task about a
 * restricted person (Art. 18) refuses every change.
 */
@Service
public class TaskManagement {

	/** The resource type of tasks in the audit trail. */
	public static final String RECORD_TYPE = "task";

	private final Tasks tasks;

	private final TaskRules rules;

	private final Vault vault;

	private final AuditLog audit;

	private final OwnerLimits limits;

	TaskManagement(Tasks tasks, TaskRules rules, Vault vault, AuditLog audit, OwnerLimits limits) {
		this.limits = limits;
		this.tasks = tasks;
		this.rules = rules;
		this.vault = vault;
		this.audit = audit;
	}

	/** Makes a task, assigned to the caller unless the form names someone else. */
	@PreAuthorize("hasAuthority('task:write')")
	@Transactional
	public Task create(TaskForm form) {
		Violations violations = new Violations();
		TaskForm checked = rules.check(form, null, Caller.id(), violations);
		checkAssignee(checked, violations);
		violations.throwIfAny();
		UUID id = Ids.newId();
		boolean aboutContact = TaskForm.CONTACT.equals(checked.linkKind());
		UUID subject = aboutContact ? java.util.Objects.requireNonNull(checked.linkId()) : id;
		KeyRing ring = aboutContact ? vault.ring(List.of(subject)) : vault.newSubject(subject);
		Instant now = DbTime.now();
		Task task = new Task(id, subject, java.util.Objects.requireNonNull(checked.title()), checked.description(),
				java.util.Objects.requireNonNull(checked.dueAt()), java.util.Objects.requireNonNull(checked.assigneeId()),
				java.util.Objects.requireNonNull(checked.priority()), Task.OPEN, checked.linkKind(), checked.linkId(),
				null, null, Caller.id(), false, now, now, 0);
		tasks.insert(task, ring);
		audit.record(AuditAction.CREATE, RECORD_TYPE, id, List.of(subject));
		return task;
	}

	/** The task; reading one about a contact is audited. */
	@PreAuthorize("hasAuthority('task:read')")
	@Transactional
	public Task get(UUID id) {
		Task task = workable(tasks.byId(id), id);
		if (task.aboutContact()) {
			audit.record(AuditAction.READ, RECORD_TYPE, id, List.of(task.subjectId()));
		}
		return task;
	}

	/**
	 * Changes title, description, due time, assignee and priority, and with {@code status} completes ({@code done})
	 * or reopens ({@code open}) the task. The link never changes.
	 * @param status {@code open}, {@code done}, or null to keep it
	 */
	@PreAuthorize("hasAuthority('task:write')")
	@Transactional
	@RetriedOnContention
	public Task change(UUID id, TaskForm form, @Nullable String status, long expectedVersion) {
		Task current = changeable(id, expectedVersion);
		Violations violations = new Violations();
		TaskForm checked = rules.check(form, current, Caller.id(), violations);
		checkAssignee(checked, violations);
		if (status != null && !List.of(Task.OPEN, Task.DONE).contains(status)) {
			violations.add("status", "must be one of open, done");
		}
		violations.throwIfAny();
		String newStatus = status == null ? current.status() : status;
		boolean completing = Task.DONE.equals(newStatus) && !current.done();
		boolean reopening = Task.OPEN.equals(newStatus) && current.done();
		Instant now = DbTime.now();
		Task changed = new Task(id, current.subjectId(), java.util.Objects.requireNonNull(checked.title()),
				checked.description(), java.util.Objects.requireNonNull(checked.dueAt()),
				java.util.Objects.requireNonNull(checked.assigneeId()), java.util.Objects.requireNonNull(checked.priority()),
				newStatus, current.linkKind(), current.linkId(),
				completing ? now : reopening ? null : current.completedAt(),
				completing ? Caller.id() : reopening ? null : current.completedBy(), current.createdBy(), false,
				current.createdAt(), now, current.version() + 1);
		if (!tasks.update(changed, current.version())) {
			throw new StaleVersionException(current.version());
		}
		audit.record(AuditAction.UPDATE, RECORD_TYPE, id, List.of(current.subjectId()));
		return changed;
	}

	/** Marks the task done, or open again; doing it twice changes nothing more. */
	@PreAuthorize("hasAuthority('task:write')")
	@Transactional
	@RetriedOnContention
	public Task setDone(UUID id, boolean done) {
		Task current = workable(tasks.lockedById(id), id);
		if (current.done() == done) {
			return current;
		}
		return change(id, TaskForm.of(current), done ? Task.DONE : Task.OPEN, current.version());
	}

	/**
	 * Deletes the task; one with a key of its own loses the key too (nothing sealed under it can be read again).
	 * @param expectedVersion the version the caller saw, or null to delete whatever is stored
	 */
	@PreAuthorize("hasAuthority('task:write')")
	@Transactional
	@RetriedOnContention
	public void delete(UUID id, @Nullable Long expectedVersion) {
		Task current = changeable(id, expectedVersion);
		tasks.delete(current);
		if (current.subjectId().equals(current.id())) {
			vault.shred(current.id());
		}
		audit.record(AuditAction.DELETE, RECORD_TYPE, id, List.of(current.subjectId()));
	}

	/** Everything wrong with a form for a new task, without saving anything. */
	@PreAuthorize("hasAuthority('task:write')")
	@Transactional(readOnly = true)
	public List<FieldViolation> problemsWith(TaskForm form) {
		Violations violations = new Violations();
		rules.check(form, null, Caller.id(), violations);
		return violations.list();
	}

	/** Everything wrong with a change of the task, without saving anything. */
	@PreAuthorize("hasAuthority('task:write')")
	@Transactional(readOnly = true)
	public List<FieldViolation> problemsWith(UUID id, TaskForm form, @Nullable String status) {
		Task current = workable(tasks.byId(id), id);
		Violations violations = new Violations();
		rules.check(form, current, Caller.id(), violations);
		if (status != null && !List.of(Task.OPEN, Task.DONE).contains(status)) {
			violations.add("status", "must be one of open, done");
		}
		return violations.list();
	}

	private Task changeable(UUID id, @Nullable Long expectedVersion) {
		Task current = workable(tasks.lockedById(id), id);
		if (current.restricted()) {
			throw new RestrictedException();
		}
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new StaleVersionException(current.version());
		}
		return current;
	}

	/** A task whose assignee the caller's owner limit lets them work on (a limited caller: their own). */
	private Task workable(java.util.Optional<Task> task, UUID id) {
		return task.filter(t -> limits.mayWorkOn(t.assigneeId())).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
	}

	private void checkAssignee(TaskForm checked, Violations violations) {
		if (checked.assigneeId() != null && !limits.mayWorkOn(checked.assigneeId())) {
			violations.add("assigneeId", "must be yourself: your role works on its own tasks only");
		}
	}
}
