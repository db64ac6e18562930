package dev.custodian.activity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A merge patch of an activity's content and times (the schema of the patch body). Its type, links and people are
 * set when it is logged.
 */
@Schema(name = "ActivityPatch", description = "Left-out fields keep their values, null clears them")
record ActivityPatch(@Nullable String subject, @Nullable String body, @Nullable Instant occurredAt,
		@Nullable Instant endsAt, @Schema(allowableValues = { "inbound", "outbound" }) @Nullable String direction,
		@Nullable Integer durationSeconds,
		@Schema(allowableValues = { "connected", "left-voicemail", "no-answer", "busy", "wrong-number" }) @Nullable String outcome,
		@Nullable String location) {
}
