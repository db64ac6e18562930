package dev.custodian.ticket;

import java.util.List;

import dev.custodian.identity.Permission;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SearchableRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tickets in the global search box, found by number ({@code #123}) or by words of the subject, most recently updated
 * first; nothing for callers without {@code ticket:read}. The hits are a list read, audited as such.
 */
@Component
class TicketSearch implements SearchableRecords {

	private final TicketManagement tickets;

	TicketSearch(TicketManagement tickets) {
		this.tickets = tickets;
	}

	@Override
	public String kind() {
		return TicketManagement.RECORD_TYPE;
	}

	@Override
	@Transactional
	public List<Hit> search(String text, int limit) {
		if (!TicketAccess.may(Permission.TICKET_READ) || (TicketWords.number(text).isEmpty()
				&& TicketWords.words(text).stream().noneMatch(w -> w.length() >= TicketWords.MIN_PREFIX))) {
			return List.of();
		}
		TicketQuery query = new TicketQuery(text, TicketQuery.Queue.ALL, null, null, null, false, null, null, null,
				TicketQuery.DEFAULT_SORT, PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT))));
		return tickets.list(query, TicketAccess.me())
			.items()
			.stream()
			.map(t -> new Hit(kind(), t.id().value(), t.label(), t.status().code() + " · " + t.priority().code(),
					"/tickets/" + t.id()))
			.toList();
	}
}
