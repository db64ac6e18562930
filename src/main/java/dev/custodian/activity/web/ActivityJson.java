package dev.custodian.activity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.activity.ActivityChanges;
import dev.custodian.activity.ActivityForm;
import dev.custodian.activity.ActivityType;
import dev.custodian.shared.Ids;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads activity request bodies and filters, collecting every mistake as a violation of its field.
 */
final class ActivityJson {

	static final Set<String> CONTENT = Set.of("subject", "body", "occurredAt", "endsAt", "direction",
			"durationSeconds", "outcome", "location");

	static final Set<String> SET_WHEN_LOGGED = Set.of("type", "contactIds", "companyId", "dealId", "ticketId",
			"attendeeContactIds", "attendeeUserIds", "participantContactIds", "participantUserIds");

	static final Set<String> READ_ONLY = Set.of("id", "authorId", "restricted", "createdAt", "updatedAt", "version");

	private ActivityJson() {
	}

	static ActivityForm create(@Nullable JsonNode body, Violations violations) {
		Set<String> allowed = new java.util.HashSet<>(CONTENT);
		allowed.addAll(SET_WHEN_LOGGED);
		JsonInput in = JsonInput.of(body, allowed, "", violations);
		String type = in.text("type", null);
		ActivityType known = ActivityType.fromCode(type).orElse(null);
		List<UUID> people = new ArrayList<>();
		List<UUID> users = new ArrayList<>();
		for (ActivityType withPeople : List.of(ActivityType.MEETING, ActivityType.EMAIL)) {
			List<UUID> contacts = ids(in, withPeople.contactsField(), violations);
			List<UUID> theUsers = ids(in, withPeople.usersField(), violations);
			if (known != null && known != withPeople) {
				refuse(contacts, withPeople.contactsField(), withPeople, violations);
				refuse(theUsers, withPeople.usersField(), withPeople, violations);
			}
			else {
				people.addAll(contacts);
				users.addAll(theUsers);
			}
		}
		ActivityChanges c = content(in, new ActivityChanges(null, null, null, null, null, null, null, null),
				violations);
		return new ActivityForm(type, c.subject(), c.body(), c.occurredAt(), c.endsAt(), c.direction(),
				c.durationSeconds(), c.outcome(), c.location(), ids(in, "contactIds", violations),
				id(in, "companyId", violations), id(in, "dealId", violations), id(in, "ticketId", violations), people,
				users);
	}

	/** A merge patch over the activity's current content. */
	static ActivityChanges patch(@Nullable JsonNode body, ActivityChanges base, Violations violations) {
		Set<String> allowed = new java.util.HashSet<>(CONTENT);
		allowed.addAll(READ_ONLY);
		allowed.addAll(SET_WHEN_LOGGED);
		JsonInput in = JsonInput.of(body, allowed, "", violations);
		SET_WHEN_LOGGED.stream().filter(in::has).sorted().forEach(field -> violations.add(field,
				"is set when the activity is logged and cannot be changed; delete it and log it again"));
		return content(in, base, violations);
	}

	private static ActivityChanges content(JsonInput in, ActivityChanges base, Violations violations) {
		Integer duration = in.has("durationSeconds") ? in.integer("durationSeconds") : base.durationSeconds();
		return new ActivityChanges(in.text("subject", base.subject()), in.text("body", base.body()),
				time(in, "occurredAt", base.occurredAt(), violations), time(in, "endsAt", base.endsAt(), violations),
				in.text("direction", base.direction()), duration, in.text("outcome", base.outcome()),
				in.text("location", base.location()));
	}

	private static void refuse(List<UUID> ids, String field, ActivityType owner, Violations violations) {
		if (!ids.isEmpty()) {
			violations.add(field, "only " + owner.code() + "s take " + field);
		}
	}

	private static @Nullable Instant time(JsonInput in, String field, @Nullable Instant base, Violations violations) {
		if (!in.has(field)) {
			return base;
		}
		String text = in.text(field, null);
		if (text == null) {
			return null;
		}
		try {
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be a date and time such as 2026-05-04T09:30:00Z");
			return base;
		}
	}

	private static @Nullable UUID id(JsonInput in, String field, Violations violations) {
		String text = in.text(field, null);
		if (text == null) {
			return null;
		}
		UUID id = Ids.parseOrNull(text);
		if (id == null) {
			violations.add(field, "must be a UUID");
		}
		return id;
	}

	private static List<UUID> ids(JsonInput in, String field, Violations violations) {
		List<String> texts = in.strings(field);
		List<UUID> ids = new ArrayList<>();
		if (texts == null) {
			return ids;
		}
		for (int i = 0; i < texts.size(); i++) {
			UUID id = Ids.parseOrNull(texts.get(i));
			if (id == null) {
				violations.add(field + "[" + i + "]", "must be a UUID");
			}
			else {
				ids.add(id);
			}
		}
		return ids;
	}

	/**
	 * A date filter: a date (the whole day in UTC; {@code to} includes it) or a date and time.
	 */
	static @Nullable Instant filterTime(@Nullable String text, String field, boolean end, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		try {
			if (trimmed.length() == 10) {
				LocalDate day = LocalDate.parse(trimmed);
				return (end ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			return Instant.parse(trimmed);
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be a date (2026-05-04) or a date and time (2026-05-04T09:30:00Z)");
			return null;
		}
	}
}
