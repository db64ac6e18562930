package dev.custodian.ticket;

import dev.custodian.activity.ActivityLogged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Times a ticket's first response by the timeline: the first outbound email or call logged on a ticket answers the
 * requester (a note is internal, a meeting is not an answer, an inbound email is the customer's). It listens in the
 * transaction that logs the activity, so the first response is recorded exactly when the activity is, and neither
 * without the other.
 */
@Component
class FirstResponses {

	private final TicketManagement tickets;

	FirstResponses(TicketManagement tickets) {
		this.tickets = tickets;
	}

	@EventListener
	void on(ActivityLogged event) {
		boolean answer = ("email".equals(event.type()) || "call".equals(event.type()))
				&& "outbound".equals(event.direction());
		if (answer) {
			event.linked(TicketManagement.RECORD_TYPE).forEach(id -> tickets.responded(new TicketId(id),
					event.occurredAt()));
		}
	}
}
