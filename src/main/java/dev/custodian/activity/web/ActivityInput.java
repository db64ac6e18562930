package dev.custodian.activity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A new activity as the API takes it (the schema of the create body; the controller reads the JSON tree itself).
 */
@Schema(name = "ActivityInput", description = "A note, call, meeting or email, linked to at least one contact, "
		+ "company, deal or ticket. Fields of another type are refused (400).")
record ActivityInput(
		@Schema(allowableValues = { "note", "call", "meeting", "email" }) String type,
		@Schema(description = "Required for meetings and emails; at most 200 characters") @Nullable String subject,
		@Schema(description = "Required for notes; at most 20,000 characters") @Nullable String body,
		@Schema(description = "When it happened (a meeting: its start); now when left out") @Nullable Instant occurredAt,
		@Schema(description = "Meetings: the end, after the start") @Nullable Instant endsAt,
		@Schema(description = "Calls and emails, required", allowableValues = { "inbound", "outbound" }) @Nullable String direction,
		@Schema(description = "Calls", minimum = "0", maximum = "86400") @Nullable Integer durationSeconds,
		@Schema(description = "Calls", allowableValues = { "connected", "left-voicemail", "no-answer", "busy",
				"wrong-number" }) @Nullable String outcome,
		@Schema(description = "Meetings; at most 200 characters") @Nullable String location,
		@Schema(description = "Contacts it is about") @Nullable List<UUID> contactIds, @Nullable UUID companyId,
		@Nullable UUID dealId, @Nullable UUID ticketId,
		@Schema(description = "Meetings: attending contacts") @Nullable List<UUID> attendeeContactIds,
		@Schema(description = "Meetings: attending users") @Nullable List<UUID> attendeeUserIds,
		@Schema(description = "Emails: participating contacts") @Nullable List<UUID> participantContactIds,
		@Schema(description = "Emails: participating users") @Nullable List<UUID> participantUserIds) {
}
