package dev.custodian.ticket;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a client or a page sends to open or change a ticket, unchecked. The requester is given when the ticket is
 * opened and never changes (the subject and description are sealed under the requester's key); the status starts as
 * new.
 */
public record TicketForm(@Nullable String subject, @Nullable String description, @Nullable String status,
		@Nullable String priority, @Nullable String channel, @Nullable String requesterId, @Nullable String assigneeId,
		@Nullable List<String> tags) {

	public static TicketForm empty() {
		return new TicketForm(null, null, null, null, null, null, null, null);
	}

	/** The form of a stored ticket, for changes that start from its values. */
	public static TicketForm of(Ticket t) {
		return new TicketForm(t.subject(), t.description(), t.status().code(), t.priority().code(),
				t.channel().code(), t.requesterId().toString(), t.assigneeId() == null ? null : t.assigneeId().toString(),
				t.tags());
	}

	public List<String> tagsOrNone() {
		return tags == null ? List.of() : tags;
	}
}
