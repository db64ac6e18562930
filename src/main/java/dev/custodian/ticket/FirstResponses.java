package dev.custodian.ticket;

import java.util.UUID;

import dev.custodian.activity.ActivityLogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Times a ticket's first response by the timeline: the first outbound email or call logged on a ticket answers the
 * requester (a note is internal, a meeting is not an answer, an inbound email is the customer's). It listens in the
 * transaction that logs the activity, so the first response is recorded exactly when the activity is, and neither
 * without the other.
 */
@Component
class FirstResponses {

	private final Tickets tickets;

	FirstResponses(Tickets tickets) {
		this.tickets = tickets;
	}

	/** Counts the activity as the first response of each ticket it is linked to that has none yet. */
	@EventListener
	@Transactional
	void on(ActivityLogged event) {
		boolean answer = ("email".equals(event.type()) || "call".equals(event.type()))
				&& "outbound".equals(event.direction());
		if (answer) {
			for (UUID id : event.linked(TicketManagement.RECORD_TYPE)) {
				tickets.lockedById(id)
					.filter(ticket -> ticket.sla().firstResponseAt() == null)
					.ifPresent(ticket -> tickets.recordFirstResponse(ticket.responded(event.occurredAt())));
			}
		}
	}
}
