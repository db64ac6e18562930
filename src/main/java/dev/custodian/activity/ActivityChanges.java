package dev.custodian.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The content and times of an activity, as a change sets them (its type, links and people stay).
 */
public record ActivityChanges(@Nullable String subject, @Nullable String body, @Nullable Instant occurredAt,
		@Nullable Instant endsAt, @Nullable String direction, @Nullable Integer durationSeconds,
		@Nullable String outcome, @Nullable String location) {

	/** The activity's current values, for a merge patch to start from. */
	public static ActivityChanges of(Activity a) {
		return new ActivityChanges(a.subject(), a.body(), a.occurredAt(), a.endsAt(), a.direction(),
				a.durationSeconds(), a.outcome(), a.location());
	}
}
