package dev.custodian.activity.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.activity.ActivityForm;
import dev.custodian.activity.ActivityType;
import dev.custodian.shared.Ids;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What a timeline's inline form posts: one of the four types, times as the browser's local date and time (read in
 * the user's zone), a call's length in minutes, the users taking part, and other contacts taking part by their email
 * addresses. The record the timeline belongs to is the activity's link (and, for a contact's meeting or email, the
 * contact taking part).
 */
public record TimelineForm(@Nullable String type, @Nullable String subject, @Nullable String body,
		@Nullable String occurredAt, @Nullable String endsAt, @Nullable String direction,
		@Nullable String durationMinutes, @Nullable String outcome, @Nullable String location,
		@Nullable List<String> userIds, @Nullable String attendeeEmails) {

	/** At most this many other contacts by email at once. */
	static final int MAX_EMAILS = 20;

	static TimelineForm empty() {
		return new TimelineForm(null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The email addresses typed for other contacts taking part, separated by commas, semicolons or spaces. */
	List<String> emails() {
		String typed = Text.clean(attendeeEmails);
		if (typed == null) {
			return List.of();
		}
		return java.util.Arrays.stream(typed.split("[,;\\s]+")).filter(e -> !e.isBlank()).distinct().toList();
	}

	public List<String> users() {
		return userIds == null ? List.of() : userIds;
	}

	/** The form as an activity of the record, collecting what cannot be read under the form's field names. */
	ActivityForm toActivity(String kind, UUID record, ZoneId zone, List<UUID> others, Violations violations) {
		Integer seconds = null;
		String minutes = Text.clean(durationMinutes);
		if (minutes != null) {
			try {
				seconds = Math.multiplyExact(Integer.parseInt(minutes), 60);
			}
			catch (NumberFormatException | ArithmeticException ex) {
				violations.add("durationMinutes", "must be a whole number");
			}
		}
		List<UUID> users = new ArrayList<>();
		users().stream().map(Ids::parseOrNull).filter(java.util.Objects::nonNull).forEach(users::add);
		ActivityType known = ActivityType.fromCode(type).orElse(null);
		boolean takesPart = kind.equals("contact") && known != null && known.hasPeople();
		return new ActivityForm(type, subject, body, time(occurredAt, "occurredAt", zone, violations),
				time(endsAt, "endsAt", zone, violations), Text.clean(direction), seconds, Text.clean(outcome),
				location, kind.equals("contact") && !takesPart ? List.of(record) : List.of(),
				kind.equals("company") ? record : null, kind.equals("deal") ? record : null,
				kind.equals("ticket") ? record : null, people(takesPart ? record : null, known, others),
				known != null && known.hasPeople() ? users : List.of());
	}

	private static List<UUID> people(@Nullable UUID record, @Nullable ActivityType type, List<UUID> others) {
		if (type == null || !type.hasPeople()) {
			return List.of();
		}
		List<UUID> people = new ArrayList<>();
		if (record != null) {
			people.add(record);
		}
		others.stream().filter(id -> !people.contains(id)).forEach(people::add);
		return people;
	}

	/** The form's field for a field the activity's rules name. */
	static String field(String rule) {
		if (rule.equals("durationSeconds")) {
			return "durationMinutes";
		}
		if (rule.contains("UserIds")) {
			return "userIds";
		}
		if (rule.startsWith("contactIds") || rule.contains("ContactIds") || rule.endsWith("Id")) {
			return "record";
		}
		return rule;
	}

	private static @Nullable Instant time(@Nullable String text, String field, ZoneId zone, Violations violations) {
		String cleaned = Text.clean(text);
		if (cleaned == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(cleaned).atZone(zone).toInstant();
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be a date and time");
			return null;
		}
	}
}
