package dev.custodian.activity.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import dev.custodian.activity.Activity;
import dev.custodian.activity.ActivityChanges;
import dev.custodian.activity.ActivityType;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What the form that edits a timeline entry posts: the version it was opened at and the fields of the entry's type
 * (every type's time and text, and but for a note its subject; a call's direction, minutes and outcome; a meeting's
 * end and location; an email's direction), times as the browser's local date and time in the user's zone. Fields
 * the type's form does not show keep their stored values, and so does a time or a length left as it was shown (the
 * form shows whole minutes, the entry may hold seconds). The people taking part are not among them: as in the API,
 * they stay as logged.
 */
public record TimelineEntryForm(@Nullable String version, @Nullable String subject, @Nullable String body,
		@Nullable String occurredAt, @Nullable String endsAt, @Nullable String direction,
		@Nullable String durationMinutes, @Nullable String outcome, @Nullable String location) {

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** The form as it opens: the entry's current values and version. */
	static TimelineEntryForm of(Activity a, ZoneId zone) {
		return new TimelineEntryForm(String.valueOf(a.version()), a.subject(), a.body(), local(a.occurredAt(), zone),
				local(a.endsAt(), zone), a.direction(), minutes(a.durationSeconds()), a.outcome(), a.location());
	}

	/** The version the form was opened at; null when what was posted is no version. */
	@Nullable Long expectedVersion() {
		try {
			return version == null ? null : Long.valueOf(version.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The entry's new content and times, collecting what cannot be read under the form's field names. */
	ActivityChanges toChanges(Activity current, ZoneId zone, Violations violations) {
		ActivityType type = current.type();
		boolean call = type == ActivityType.CALL;
		boolean meeting = type == ActivityType.MEETING;
		Instant start = time(occurredAt, current.occurredAt(), "occurredAt", zone, violations);
		if (start == null && Text.clean(occurredAt) == null) {
			violations.add("occurredAt", "is required");
		}
		return new ActivityChanges(type == ActivityType.NOTE ? current.subject() : subject, body,
				start == null ? current.occurredAt() : start,
				meeting ? time(endsAt, current.endsAt(), "endsAt", zone, violations) : current.endsAt(),
				type.hasDirection() ? Text.clean(direction) : current.direction(),
				call ? seconds(current.durationSeconds(), violations) : current.durationSeconds(),
				call ? Text.clean(outcome) : current.outcome(), meeting ? location : current.location());
	}

	private @Nullable Integer seconds(@Nullable Integer stored, Violations violations) {
		String typed = Text.clean(durationMinutes);
		if (typed == null) {
			return null;
		}
		if (typed.equals(minutes(stored))) {
			return stored;
		}
		try {
			return Math.multiplyExact(Integer.parseInt(typed), 60);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			violations.add("durationMinutes", "must be a whole number");
			return stored;
		}
	}

	private static @Nullable Instant time(@Nullable String text, @Nullable Instant stored, String field, ZoneId zone,
			Violations violations) {
		String typed = Text.clean(text);
		if (typed == null) {
			return null;
		}
		if (stored != null && typed.equals(local(stored, zone))) {
			return stored;
		}
		try {
			return LocalDateTime.parse(typed).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be a date and time");
			return stored;
		}
	}

	private static @Nullable String local(@Nullable Instant time, ZoneId zone) {
		return time == null ? null
				: LocalDateTime.ofInstant(time, zone).truncatedTo(ChronoUnit.MINUTES).format(LOCAL);
	}

	private static @Nullable String minutes(@Nullable Integer seconds) {
		return seconds == null ? null : String.valueOf(seconds / 60);
	}
}
