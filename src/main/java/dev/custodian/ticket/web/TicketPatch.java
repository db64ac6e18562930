package dev.custodian.ticket.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A JSON Merge Patch (RFC 7386) of a ticket, for the OpenAPI document only. */
@Schema(name = "TicketPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "Only the fields to change: a left-out field keeps its value, null clears it. The requester "
				+ "cannot change. Status moves: new to open, pending, solved or closed; open to pending, solved or "
				+ "closed; pending to open, solved or closed; solved to open (reopen) or closed; closed is final. "
				+ "Unknown fields are a 400.")
record TicketPatch(@Schema(maxLength = 200) @Nullable String subject,
		@Schema(maxLength = 10000) @Nullable String description,
		@Schema(allowableValues = { "new", "open", "pending", "solved", "closed" }, example = "pending") @Nullable String status,
		@Schema(allowableValues = { "low", "normal", "high", "urgent" }) @Nullable String priority,
		@Schema(allowableValues = { "email", "phone", "web", "chat" }) @Nullable String channel,
		@Nullable UUID assigneeId, @Nullable List<String> tags) {
}
