package dev.custodian.activity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Collection;
import java.util.HashMap;
import java.util.stream.Collectors;

import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.LinkableRecords;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a valid activity is: its type's fields and no others, bounded texts, a meeting that ends after it starts, at
 * least one link, and every linked record and person one the caller may link to now (through the
 * {@link LinkableRecords} bean of its kind; a kind without a bean has no records).
 */
@Component
class ActivityRules {

	static final int SUBJECT_MAX = 200;

	static final int BODY_MAX = 20_000;

	static final int LOCATION_MAX = 200;

	static final int DURATION_MAX = 24 * 60 * 60;

	private final Map<String, List<LinkableRecords>> kinds;

	private final UserManagement users;

	ActivityRules(List<LinkableRecords> linkable, UserManagement users) {
		this.kinds = linkable.stream().collect(Collectors.groupingBy(LinkableRecords::kind));
		this.users = users;
	}

	Violations problemsWith(ActivityForm form) {
		Violations violations = new Violations();
		ActivityType type = ActivityType.fromCode(form.type()).orElse(null);
		if (form.type() == null) {
			violations.add("type", "is required");
		}
		else if (type == null) {
			violations.add("type", "must be one of " + ActivityType.codes());
		}
		if (type != null) {
			content(type, form.changes(), violations);
			if (!type.hasPeople() && !(form.peopleIds().isEmpty() && form.userIds().isEmpty())) {
				violations.add(form.peopleIds().isEmpty() ? "attendeeUserIds" : "attendeeContactIds",
						"only meetings have attendees and emails participants");
			}
			if (type.hasPeople()) {
				for (int i = 0; i < form.peopleIds().size(); i++) {
					check("contact", form.peopleIds().get(i), type.contactsField() + "[" + i + "]", violations);
				}
				for (int i = 0; i < form.userIds().size(); i++) {
					if (users.find(new UserId(form.userIds().get(i))).filter(u -> !u.erased()).isEmpty()) {
						violations.add(type.usersField() + "[" + i + "]", "is not a known user");
					}
				}
			}
		}
		if (form.contactIds().isEmpty() && form.peopleIds().isEmpty() && form.companyId() == null && form.dealId() == null
				&& form.ticketId() == null) {
			violations.add("contactIds", "an activity links to at least one contact, company, deal or ticket (or has a contact taking part)");
		}
		for (int i = 0; i < form.contactIds().size(); i++) {
			check("contact", form.contactIds().get(i), "contactIds[" + i + "]", violations);
		}
		check("company", form.companyId(), "companyId", violations);
		check("deal", form.dealId(), "dealId", violations);
		check("ticket", form.ticketId(), "ticketId", violations);
		return violations;
	}

	/** The rules of an activity's content and times, for a new one and a change alike. */
	Violations problemsWith(ActivityType type, ActivityChanges changes) {
		Violations violations = new Violations();
		content(type, changes, violations);
		return violations;
	}

	private static void content(ActivityType type, ActivityChanges c, Violations violations) {
		String subject = Text.limited(c.subject(), SUBJECT_MAX, "subject", violations);
		String body = Text.limited(c.body(), BODY_MAX, "body", violations);
		Text.limited(c.location(), LOCATION_MAX, "location", violations);
		if (type == ActivityType.NOTE && body == null && !violations.has("body")) {
			violations.add("body", "is required");
		}
		if ((type == ActivityType.MEETING || type == ActivityType.EMAIL) && subject == null
				&& !violations.has("subject")) {
			violations.add("subject", "is required");
		}
		if (type.hasDirection()) {
			if (c.direction() == null) {
				violations.add("direction", "is required");
			}
			else if (!ActivityType.DIRECTIONS.contains(c.direction())) {
				violations.add("direction", "must be one of " + ActivityType.DIRECTIONS);
			}
		}
		else if (c.direction() != null) {
			violations.add("direction", "only calls and emails have a direction");
		}
		if (type == ActivityType.CALL) {
			if (c.durationSeconds() != null && (c.durationSeconds() < 0 || c.durationSeconds() > DURATION_MAX)) {
				violations.add("durationSeconds", "must be between 0 and " + DURATION_MAX);
			}
			if (c.outcome() != null && !ActivityType.OUTCOMES.contains(c.outcome())) {
				violations.add("outcome", "must be one of " + ActivityType.OUTCOMES);
			}
		}
		else {
			only(c.durationSeconds(), "durationSeconds", "only calls have a duration", violations);
			only(c.outcome(), "outcome", "only calls have an outcome", violations);
		}
		if (type == ActivityType.MEETING) {
			if (c.endsAt() != null && c.occurredAt() != null && !c.endsAt().isAfter(c.occurredAt())) {
				violations.add("endsAt", "must be after the start (occurredAt)");
			}
		}
		else {
			only(c.endsAt(), "endsAt", "only meetings have an end", violations);
			only(c.location() == null ? null : Text.clean(c.location()), "location", "only meetings have a location",
					violations);
		}
	}

	private static void only(@Nullable Object value, String field, String message, Violations violations) {
		if (value != null && !violations.has(field)) {
			violations.add(field, message);
		}
	}

	private void check(String kind, @Nullable UUID id, String field, Violations violations) {
		if (id == null) {
			return;
		}
		if (kinds.getOrDefault(kind, List.of()).stream().noneMatch(records -> records.linkable(id))) {
			violations.add(field, "is not a " + kind + " you may link to (unknown, not readable or restricted)");
		}
	}

	/** Whether a record of the kind with the id exists and the caller may read it. */
	boolean readable(String kind, UUID id) {
		return kinds.getOrDefault(kind, List.of()).stream().anyMatch(records -> records.readable(id));
	}

	String path(String kind, UUID id) {
		return kinds.getOrDefault(kind, List.of()).stream().filter(records -> records.readable(id)).findFirst()
			.map(records -> records.path(id)).orElse("/");
	}

	/** The labels and pages of the records, by id, as the beans of their kinds answer for the caller. */
	Map<UUID, LinkedRecord> labels(Collection<ActivityLink> links) {
		Map<UUID, LinkedRecord> labels = new HashMap<>();
		links.stream().collect(Collectors.groupingBy(ActivityLink::kind,
				Collectors.mapping(ActivityLink::id, Collectors.toSet())))
			.forEach((kind, ids) -> kinds.getOrDefault(kind, List.of()).forEach(records -> records.labels(ids)
				.forEach((id, label) -> labels.put(id, new LinkedRecord(kind, id, label, records.path(id))))));
		return labels;
	}
}
