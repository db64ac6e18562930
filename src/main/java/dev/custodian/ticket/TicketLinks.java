package dev.custodian.ticket;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.Permission;
import dev.custodian.shared.LinkableRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets as the records activities and tasks link to, labelled "#123 subject". Without {@code ticket:read} the
 * caller reads none; a restricted requester's tickets only with {@code restricted:read}, and nothing new is linked
 * to them. Opening subjects is a read of personal data, audited with the requesters shown.
 */
@Component
class TicketLinks implements LinkableRecords {

	private final Tickets tickets;

	private final AuditLog audit;

	private final OwnerLimits limits;

	TicketLinks(Tickets tickets, AuditLog audit, OwnerLimits limits) {
		this.limits = limits;
		this.tickets = tickets;
		this.audit = audit;
	}

	@Override
	public String kind() {
		return TicketManagement.RECORD_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean readable(UUID id) {
		return visible(id).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean linkable(UUID id) {
		return visible(id).filter(ticket -> !ticket.restricted()).isPresent();
	}

	@Override
	@Transactional
	public Map<UUID, String> labels(Collection<UUID> ids) {
		if (ids.isEmpty() || !TicketAccess.may(Permission.TICKET_READ)) {
			return Map.of();
		}
		boolean withRestricted = TicketAccess.seesRestricted();
		List<Ticket> found = tickets.byIds(ids.stream().distinct().toList())
			.stream()
			.filter(ticket -> withRestricted || !ticket.restricted())
			.filter(this::workable)
			.toList();
		if (found.isEmpty()) {
			return Map.of();
		}
		audit.record(AuditAction.READ, TicketManagement.RECORD_TYPE, null,
				found.stream().map(Ticket::subjectId).distinct().toList());
		Map<UUID, String> labels = new LinkedHashMap<>();
		found.forEach(ticket -> labels.put(ticket.id().value(), ticket.label()));
		return labels;
	}

	@Override
	public String path(UUID id) {
		return "/tickets/" + id;
	}

	private Optional<Ticket> visible(UUID id) {
		if (!TicketAccess.may(Permission.TICKET_READ)) {
			return Optional.empty();
		}
		return tickets.byId(id)
			.filter(ticket -> !ticket.restricted() || TicketAccess.seesRestricted())
			.filter(this::workable);
	}

	/** Whether the caller's owner limit lets them see the ticket: theirs or unassigned when limited. */
	private boolean workable(Ticket ticket) {
		return ticket.assigneeId() == null || limits.mayWorkOn(ticket.assigneeId());
	}
}
