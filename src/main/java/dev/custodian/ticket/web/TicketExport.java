package dev.custodian.ticket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.ExportCells;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListExport;
import dev.custodian.shared.PagedExportRun;
import dev.custodian.ticket.Ticket;
import dev.custodian.ticket.TicketManagement;
import dev.custodian.ticket.TicketQuery;
import org.springframework.stereotype.Component;

/**
 * The ticket list as a table, read through {@link TicketManagement} so restricted requesters' tickets stay out
 * exactly as in the list; the mine queue is the caller's, as in the list.
 */
@Component
class TicketExport implements ListExport {

	private static final List<String> HEADER = List.of("ID", "Number", "Requester ID", "Subject", "Description",
			"Status", "Priority", "Channel", "Assignee ID", "Tags", "SLA", "First response", "First response due",
			"Resolved", "Resolution due", "Created", "Updated");

	private final TicketManagement tickets;

	TicketExport(TicketManagement tickets) {
		this.tickets = tickets;
	}

	@Override
	public String recordType() {
		return "ticket";
	}

	@Override
	public String collection() {
		return "tickets";
	}

	@Override
	public ListCount count(Map<String, String[]> filters) {
		return tickets.count(TicketListParameters.query(filters), TicketApiController.currentUser());
	}

	@Override
	public Run start(Map<String, String[]> filters, ExportPurpose purpose) {
		TicketQuery query = TicketListParameters.query(filters);
		java.util.UUID me = TicketApiController.currentUser();
		return new PagedExportRun<>(HEADER, page -> tickets.exportPage(query.withPage(page), me, purpose),
				TicketExport::rows);
	}

	private static List<List<String>> rows(List<Ticket> page) {
		java.time.Instant now = DbTime.now();
		List<List<String>> rows = new ArrayList<>(page.size());
		for (Ticket t : page) {
			List<Object> cells = new ArrayList<>();
			cells.add(t.id().value());
			cells.add(t.number());
			cells.add(t.requesterId());
			cells.add(ExportCells.of(t.subject()));
			cells.add(ExportCells.of(t.description()));
			cells.add(t.status().code());
			cells.add(t.priority().code());
			cells.add(t.channel().code());
			cells.add(ExportCells.of(t.assigneeId()));
			cells.add(t.tags());
			cells.add(t.sla().state(t.createdAt(), now));
			cells.add(ExportCells.of(t.sla().firstResponseAt()));
			cells.add(t.sla().firstResponseDueAt());
			cells.add(ExportCells.of(t.sla().resolvedAt()));
			cells.add(t.sla().resolutionDueAt());
			cells.add(t.createdAt());
			cells.add(t.updatedAt());
			rows.add(cells.stream().map(ExportCells::of).toList());
		}
		return rows;
	}
}
