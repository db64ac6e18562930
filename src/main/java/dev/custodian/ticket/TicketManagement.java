package dev.custodian.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.LinkableRecords;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens, reads, changes and deletes tickets. Every read and change writes an audit entry naming the requester, in
 * the same transaction. The requester must be a contact the caller may read and link to (not restricted); a newly
 * chosen assignee must be an active user. A restricted requester's tickets (Art. 18) refuse changes and deletion,
 * and lists leave them out for callers without {@code restricted:read}.
 */
@Service
public class TicketManagement {

	/** The resource type of tickets in the audit trail and in links. */
	public static final String RECORD_TYPE = "ticket";

	private final Tickets tickets;

	private final SlaTargets targets;

	private final List<LinkableRecords> linkable;

	private final UserManagement users;

	private final AuditLog audit;

	private final OwnerLimits limits;

	TicketManagement(Tickets tickets, SlaTargets targets, List<LinkableRecords> linkable, UserManagement users,
			AuditLog audit, OwnerLimits limits) {
		this.limits = limits;
		this.tickets = tickets;
		this.targets = targets;
		this.linkable = linkable;
		this.users = users;
		this.audit = audit;
	}

	/** Opens a ticket as new, its SLA clocks started under its priority's target. */
	@PreAuthorize("hasAuthority('ticket:write')")
	@Transactional
	@RetriedOnContention
	public Ticket create(TicketForm form) {
		validated(form, null, new Violations());
		Ticket ticket = Ticket.opened(form, new TicketId(Ids.newId()), tickets.nextNumber(), DbTime.now(),
				targets.read()::of, new Violations());
		tickets.insert(ticket);
		audit.record(AuditAction.CREATE, RECORD_TYPE, ticket.id(), List.of(ticket.subjectId()));
		return ticket;
	}

	@PreAuthorize("hasAuthority('ticket:read')")
	@Transactional
	public Ticket get(TicketId id) {
		Ticket ticket = workable(tickets.byId(id.value()), id);
		audit.record(AuditAction.READ, RECORD_TYPE, id, List.of(ticket.subjectId()));
		return ticket;
	}

	/**
	 * One page of tickets in the query's order; the audit entry lists every requester shown. Restricted requesters'
	 * tickets only for callers with {@code restricted:read}.
	 * @param me the caller, for the mine queue
	 */
	@PreAuthorize("hasAuthority('ticket:read')")
	@Transactional
	public KeysetPage<Ticket> list(TicketQuery query, @Nullable UUID me) {
		int limit = query.page().limit();
		TicketFilter filter = filter(query, me);
		KeysetPosition after = query.page().cursor() == null ? null
				: KeysetPosition.decode(query.page().cursor(), filter.sort());
		List<Tickets.Found> rows = tickets.find(filter, after, limit, query.q());
		List<Ticket> page = rows.stream().limit(limit).map(Tickets.Found::ticket).toList();
		if (!page.isEmpty()) {
			audit.record(AuditAction.READ, RECORD_TYPE, null, page.stream().map(Ticket::subjectId).distinct().toList());
		}
		return new KeysetPage<>(page, rows.size() > limit ? rows.get(limit - 1).position().encode() : null);
	}

	/**
	 * One page of an export of the list: the tickets {@link #list} shows for the query, audited as an export with
	 * its purpose, naming every requester exported. Each page is its own transaction.
	 * @param me the caller, for the mine queue
	 */
	@PreAuthorize("hasAuthority('ticket:read') and hasAuthority('ticket:export')")
	@Transactional
	public KeysetPage<Ticket> exportPage(TicketQuery query, @Nullable UUID me, ExportPurpose purpose) {
		int limit = query.page().limit();
		TicketFilter filter = filter(query, me);
		KeysetPosition after = query.page().cursor() == null ? null
				: KeysetPosition.decode(query.page().cursor(), filter.sort());
		List<Tickets.Found> rows = tickets.find(filter, after, limit, query.q());
		List<Ticket> page = rows.stream().limit(limit).map(Tickets.Found::ticket).toList();
		audit.recordExport(RECORD_TYPE, page.stream().map(Ticket::subjectId).toList(), purpose);
		return new KeysetPage<>(page, rows.size() > limit ? rows.get(limit - 1).position().encode() : null);
	}

	/** How many tickets match the query's filters, exact up to 10,000; reads no personal value. */
	@PreAuthorize("hasAuthority('ticket:read')")
	@Transactional(readOnly = true)
	public ListCount count(TicketQuery query, @Nullable UUID me) {
		return tickets.count(filter(query, me));
	}

	/**
	 * Changes a ticket from its stored form in one transaction: {@code changes} receives the current values and
	 * returns the new ones (a JSON Merge Patch, a quick status change). Nothing is recorded if it or the validation
	 * fails.
	 * @throws StaleVersionException when the ticket is no longer at {@code expectedVersion}
	 * @throws RestrictedException when the requester is restricted, whatever the version
	 */
	@PreAuthorize("hasAuthority('ticket:write')")
	@Transactional
	@RetriedOnContention
	public Ticket patch(TicketId id, UnaryOperator<TicketForm> changes, long expectedVersion) {
		return patch(id, (form, violations) -> changes.apply(form), expectedVersion);
	}

	/**
	 * As {@link #patch(TicketId, UnaryOperator, long)}, the changes reporting their own input problems (unknown JSON
	 * fields, say) into the violations, which the ticket's rules then add to, so a client hears of every invalid
	 * field at once.
	 */
	@PreAuthorize("hasAuthority('ticket:write')")
	@Transactional
	@RetriedOnContention
	public Ticket patch(TicketId id, BiFunction<TicketForm, Violations, TicketForm> changes, long expectedVersion) {
		Ticket current = workable(tickets.lockedById(id.value()), id);
		if (current.restricted()) {
			throw new RestrictedException();
		}
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		Violations violations = new Violations();
		TicketForm form = changes.apply(TicketForm.of(current), violations);
		validated(form, current, violations);
		Ticket updated = current.changed(form, DbTime.now(), targets.read()::of, new Violations());
		if (!tickets.update(updated, expectedVersion)) {
			throw new StaleVersionException(expectedVersion + 1);
		}
		audit.record(AuditAction.UPDATE, RECORD_TYPE, id, List.of(updated.subjectId()));
		return updated;
	}

	/**
	 * Deletes a ticket.
	 * @param expectedVersion the version the caller saw, or null to delete whatever is stored
	 * @throws RestrictedException when the requester is restricted
	 */
	@PreAuthorize("hasAuthority('ticket:delete')")
	@Transactional
	@RetriedOnContention
	public void delete(TicketId id, @Nullable Long expectedVersion) {
		Ticket current = workable(tickets.lockedById(id.value()), id);
		if (current.restricted()) {
			throw new RestrictedException();
		}
		if (!tickets.delete(id.value(), expectedVersion)) {
			throw new StaleVersionException(current.version());
		}
		audit.record(AuditAction.DELETE, RECORD_TYPE, id, List.of(current.subjectId()));
	}

	/** Everything wrong with a form for a new ticket, without saving anything. */
	@PreAuthorize("hasAuthority('ticket:write')")
	@Transactional(readOnly = true)
	public List<FieldViolation> problemsWith(TicketForm form) {
		try {
			validated(form, null, new Violations());
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.violations();
		}
	}

	/** Checks a form for a new ticket ({@code current} null) or a change; throws naming every invalid field. */
	private Ticket validated(TicketForm form, @Nullable Ticket current, Violations violations) {
		Instant now = DbTime.now();
		Ticket ticket = current == null
				? Ticket.opened(form, new TicketId(Ids.newId()), 0, now, targets.read()::of, violations)
				: current.changed(form, now, targets.read()::of, violations);
		if (current == null && !violations.has("requesterId") && contacts().stream()
			.noneMatch(records -> records.linkable(ticket.requesterId()))) {
			violations.add("requesterId", "names no contact a ticket can be opened for");
		}
		UUID assignee = ticket.assigneeId();
		boolean kept = current != null && assignee != null && assignee.equals(current.assigneeId());
		if (assignee != null && !limits.mayWorkOn(assignee)) {
			violations.add("assigneeId", "must be yourself or nobody: your role works on its own tickets only");
		}
		else if (assignee != null && !kept && users.find(new UserId(assignee)).filter(u -> u.enabled()).isEmpty()) {
			violations.add("assigneeId", "names no active user");
		}
		violations.throwIfAny();
		return ticket;
	}

	private List<LinkableRecords> contacts() {
		return linkable.stream().filter(records -> records.kind().equals("contact")).toList();
	}

	private TicketFilter filter(TicketQuery query, @Nullable UUID me) {
		var index = tickets.index();
		return TicketFilter.of(query, TicketWords.queryTokens(query.q(), index),
				TicketWords.number(query.q()).orElse(null), me, DbTime.now(), TicketAccess.seesRestricted(),
				limits.ownerFilter(null));
	}

	/**
	 * The ticket, if there is one and the caller's owner limit lets them work on it: a limited caller works on the
	 * tickets assigned to them and the unassigned ones, which are no one's yet.
	 */
	private Ticket workable(java.util.Optional<Ticket> ticket, TicketId id) {
		return ticket.filter(t -> t.assigneeId() == null || limits.mayWorkOn(t.assigneeId()))
			.orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
	}
}
