package dev.custodian.ticket.web;

import java.util.Arrays;
import java.util.List;

import dev.custodian.ticket.Ticket;
import dev.custodian.ticket.TicketForm;
import org.jspecify.annotations.Nullable;

/** The ticket form as a page posts it: tags as one comma-separated text. The status is changed on the ticket page. */
record TicketPageForm(@Nullable String subject, @Nullable String description, @Nullable String priority,
		@Nullable String channel, @Nullable String requesterId, @Nullable String assigneeId, @Nullable String tags) {

	static TicketPageForm empty(@Nullable String requesterId) {
		return new TicketPageForm(null, null, "normal", "email", requesterId, null, null);
	}

	static TicketPageForm of(Ticket t) {
		return new TicketPageForm(t.subject(), t.description(), t.priority().code(), t.channel().code(),
				t.requesterId().toString(), t.assigneeId() == null ? null : t.assigneeId().toString(),
				String.join(", ", t.tags()));
	}

	List<String> tagList() {
		return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
	}

	/** The form over a stored ticket's values (its status and requester kept). */
	TicketForm over(TicketForm stored) {
		return new TicketForm(subject, description, stored.status(), priority, channel, stored.requesterId(),
				assigneeId, tagList());
	}

	TicketForm toNew() {
		return new TicketForm(subject, description, null, priority, channel, requesterId, assigneeId, tagList());
	}
}
