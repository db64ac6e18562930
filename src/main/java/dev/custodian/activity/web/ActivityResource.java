package dev.custodian.activity.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.activity.Activity;
import dev.custodian.activity.ActivityType;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An activity as the API shows it. The people taking part are named by the type: a meeting's attendees, an email's
 * participants; the other pair is null.
 */
@Schema(name = "Activity")
record ActivityResource(UUID id,
		@Schema(allowableValues = { "note", "call", "meeting", "email" }) String type, @Nullable String subject,
		@Nullable String body,
		@Schema(description = "When it happened; a meeting's start") Instant occurredAt,
		@Schema(description = "A meeting's end") @Nullable Instant endsAt,
		@Schema(description = "Calls and emails", allowableValues = { "inbound", "outbound" }) @Nullable String direction,
		@Schema(description = "A call's length") @Nullable Integer durationSeconds,
		@Schema(description = "How a call went", allowableValues = { "connected", "left-voicemail", "no-answer",
				"busy", "wrong-number" }) @Nullable String outcome,
		@Schema(description = "Where a meeting takes place") @Nullable String location,
		@Schema(description = "The contacts it is about besides those taking part (who are on its timeline too)") List<UUID> contactIds, @Nullable UUID companyId,
		@Nullable UUID dealId, @Nullable UUID ticketId,
		@Schema(description = "A meeting's attending contacts") @Nullable List<UUID> attendeeContactIds,
		@Schema(description = "A meeting's attending users") @Nullable List<UUID> attendeeUserIds,
		@Schema(description = "An email's participating contacts") @Nullable List<UUID> participantContactIds,
		@Schema(description = "An email's participating users") @Nullable List<UUID> participantUserIds,
		@Schema(description = "The user who logged it") @Nullable UUID authorId,
		@Schema(description = "A person it concerns is restricted (Art. 18): it refuses changes (409)") boolean restricted,
		Instant createdAt, Instant updatedAt, long version) {

	static ActivityResource of(Activity a) {
		boolean meeting = a.type() == ActivityType.MEETING;
		boolean email = a.type() == ActivityType.EMAIL;
		return new ActivityResource(a.id(), a.type().code(), a.subject(), a.body(), a.occurredAt(), a.endsAt(),
				a.direction(), a.durationSeconds(), a.outcome(), a.location(), a.otherContacts(),
				first(a.linked("company")), first(a.linked("deal")), first(a.linked("ticket")),
				meeting ? a.peopleIds() : null, meeting ? a.userIds() : null, email ? a.peopleIds() : null,
				email ? a.userIds() : null, a.authorId(), a.restricted(), a.createdAt(), a.updatedAt(), a.version());
	}

	private static @Nullable UUID first(List<UUID> ids) {
		return ids.isEmpty() ? null : ids.get(0);
	}
}
