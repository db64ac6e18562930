package dev.custodian.ticket.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import dev.custodian.ticket.Ticket;
import dev.custodian.ticket.TicketForm;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A ticket as the API shows it, with its SLA clocks.
 */
@Schema(name = "Ticket")
record TicketResource(UUID id, @Schema(description = "The ticket's number, shown as #123", example = "123") long number,
		@Schema(description = "The requester: a contact, who is also the data subject of subject and description") UUID requesterId,
		@Schema(description = "Null once the requester was erased", example = "Printer on fire") @Nullable String subject,
		@Schema(description = "Null once the requester was erased") @Nullable String description,
		@Schema(allowableValues = { "new", "open", "pending", "solved", "closed" }) String status,
		@Schema(allowableValues = { "low", "normal", "high", "urgent" }) String priority,
		@Schema(allowableValues = { "email", "phone", "web", "chat" }) String channel, @Nullable UUID assigneeId,
		List<String> tags,
		@Schema(description = "When an agent first answered: the first status change away from new, or the first "
				+ "outbound email or call logged on the ticket") @Nullable Instant firstResponseAt,
		Instant firstResponseDueAt,
		@Schema(description = "When it was solved; cleared when it is reopened") @Nullable Instant resolvedAt,
		Instant resolutionDueAt,
		@Schema(description = "ok; at-risk when a clock not met yet has less than a fifth of its target left, or "
				+ "less than an hour, whichever is shorter; breached when a deadline passed before it was met",
				allowableValues = { "ok", "at-risk", "breached" }) String slaState,
		@Schema(description = "Whether the SLA clocks stand still (pending, solved or closed)") boolean slaPaused,
		Instant createdAt, Instant updatedAt, long version,
		@Schema(description = "The requester's processing is restricted (Art. 18): the ticket refuses changes (409) "
				+ "and is left out of lists for everyone but the data-protection officer") boolean restricted,
		@Schema(description = "The requester was erased: the ticket stays for statistics without their words") boolean requesterErased) {

	static final Set<String> WRITABLE = Set.of("subject", "description", "status", "priority", "channel",
			"requesterId", "assigneeId", "tags");

	/** What a client may send back as it read it; accepted and ignored. */
	static final Set<String> READ_ONLY = Set.of("id", "number", "firstResponseAt", "firstResponseDueAt", "resolvedAt",
			"resolutionDueAt", "slaState", "slaPaused", "createdAt", "updatedAt", "version", "restricted",
			"requesterErased");

	static TicketResource of(Ticket t, Instant now) {
		return new TicketResource(t.id().value(), t.number(), t.requesterId(), t.subject(), t.description(),
				t.status().code(), t.priority().code(), t.channel().code(), t.assigneeId(), t.tags(),
				t.sla().firstResponseAt(), t.sla().firstResponseDueAt(), t.sla().resolvedAt(),
				t.sla().resolutionDueAt(), t.slaState(now).code(), t.sla().pausedSince() != null, t.createdAt(),
				t.updatedAt(), t.version(), t.restricted(), t.requesterErased());
	}

	/** Reads a request body over {@code base}: empty for a create, the stored ticket for a merge patch. */
	static TicketForm read(@Nullable JsonNode body, TicketForm base, Violations violations) {
		Set<String> allowed = new java.util.HashSet<>(WRITABLE);
		allowed.addAll(READ_ONLY);
		JsonInput in = JsonInput.of(body, allowed, "", violations);
		List<String> tags = base.tags();
		if (in.has("tags")) {
			List<String> given = in.strings("tags");
			tags = given == null ? List.of() : given;
		}
		return new TicketForm(in.text("subject", base.subject()), in.text("description", base.description()),
				in.text("status", base.status()), in.text("priority", base.priority()),
				in.text("channel", base.channel()), in.text("requesterId", base.requesterId()),
				in.text("assigneeId", base.assigneeId()), tags);
	}
}
