package dev.custodian.ticket.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** The body of a create, for the OpenAPI document only: {@link TicketResource#read} reads the JSON itself. */
@Schema(name = "TicketInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "A ticket to open; it starts as new. Unknown fields are a 400; the read-only fields of a Ticket "
				+ "are accepted and ignored.")
record TicketInput(@Schema(maxLength = 200,
		example = "Printer on fire") String subject,
		@Schema(maxLength = 10000, example = "Smoke comes out of the paper tray.") @Nullable String description,
		@Schema(allowableValues = { "low", "normal", "high", "urgent" }, example = "high",
				description = "Defaults to normal") @Nullable String priority,
		@Schema(allowableValues = { "email", "phone", "web", "chat" },
				example = "email") String channel,
		@Schema(
				description = "A contact the caller may read and that is not restricted") UUID requesterId,
		@Schema(description = "An active user") @Nullable UUID assigneeId,
		@Schema(description = "At most 10, each at most 30 letters, digits, - or _; lower-cased, repeats dropped",
				example = "[\"hardware\", \"fire\"]") @Nullable List<String> tags) {
}
