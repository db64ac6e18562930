package dev.custodian.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditQuery;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The audit trail's filters as the API and the page receive them, before they are checked. A blank value means
 * no filter. Dates are whole days: {@code from} the first day, {@code to} the last, both included.
 */
record AuditFilters(String subjectId, String actor, String action, String resourceType, String from, String to) {

	static final String NEWEST = "newest";

	static final String OLDEST = "oldest";

	/** The orders a list of entries can have; the first is the default. */
	static final List<String> SORTS = List.of(NEWEST, OLDEST);

	private static final Pattern RESOURCE_TYPE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

	AuditFilters(@Nullable String subjectId, @Nullable String actor, @Nullable String action,
			@Nullable String resourceType, @Nullable String from, @Nullable String to) {
		this.subjectId = trimmed(subjectId);
		this.actor = trimmed(actor);
		this.action = trimmed(action);
		this.resourceType = trimmed(resourceType);
		this.from = trimmed(from);
		this.to = trimmed(to);
	}

	/**
	 * Checks every filter and the paging parameters, and turns them into a query.
	 * @throws InvalidInputException naming every parameter that is malformed, at once
	 */
	AuditQuery query(@Nullable String limit, @Nullable String cursor) {
		return query(limit, cursor, null);
	}

	/**
	 * The same, in the given order: {@code newest} (the default) or {@code oldest} first.
	 * @throws InvalidInputException naming every parameter that is malformed, at once
	 */
	AuditQuery query(@Nullable String limit, @Nullable String cursor, @Nullable String sort) {
		Violations violations = new Violations();
		String order = trimmed(sort);
		if (!order.isEmpty() && !SORTS.contains(order)) {
			violations.add("sort", "must be one of " + SORTS);
		}
		UUID subject = subjectId.isEmpty() ? null : Ids.parseOrNull(subjectId);
		if (!subjectId.isEmpty() && subject == null) {
			violations.add("subjectId", "must be a UUID");
		}
		if (actor.length() > 64) {
			violations.add("actor", "must be an actor id of at most 64 characters");
		}
		AuditAction parsedAction = action.isEmpty() ? null : Arrays.stream(AuditAction.values())
			.filter(value -> value.name().equals(action.toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
		if (!action.isEmpty() && parsedAction == null) {
			violations.add("action", "must be one of " + Arrays.toString(AuditAction.values()));
		}
		if (!resourceType.isEmpty() && !RESOURCE_TYPE.matcher(resourceType).matches()) {
			violations.add("resourceType", "must be a resource type such as contact or user");
		}
		Instant start = instant(from, false, "from", violations);
		Instant end = instant(to, true, "to", violations);
		if (start != null && end != null && !start.isBefore(end)) {
			violations.add("to", "must not be before from");
		}
		PageRequest page = null;
		try {
			page = PageRequest.parse(limit, cursor);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		violations.throwIfAny();
		return new AuditQuery(subject, actor.isEmpty() ? null : actor, parsedAction,
				resourceType.isEmpty() ? null : resourceType, start, end, page, order.equals(OLDEST));
	}

	/** The filters that are set, by name, as a saved view keeps them (codes, ids and dates; never free text). */
	java.util.Map<String, String> asMap() {
		java.util.Map<String, String> set = new java.util.LinkedHashMap<>();
		java.util.Map.of("subjectId", subjectId, "actor", actor, "action", action, "resourceType", resourceType,
				"from", from, "to", to).forEach((key, value) -> {
					if (!value.isEmpty()) {
						set.put(key, value);
					}
				});
		return set;
	}

	/**
	 * A date is a whole day in the viewer's time zone (the start of {@code from}, the end of {@code to}); an API
	 * client may instead give an exact RFC 3339 date-time, from which {@code from} is inclusive and {@code to}
	 * exclusive.
	 */
	private static @Nullable Instant instant(String text, boolean end, String field, Violations violations) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(viewerZone()).toInstant();
			}
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException | ArithmeticException ex) {
			violations.add(field, "must be a date (2026-01-31) or a date-time with offset (2026-01-31T09:00:00Z)");
			return null;
		}
	}

	/**
	 * The time zone in which dates are whole days. The server's until users have zones of their own; this is the
	 * only place that turns a date into an instant, so that change is made here.
	 */
	static ZoneId viewerZone() {
		return ZoneId.systemDefault();
	}

	private static String trimmed(@Nullable String text) {
		return text == null ? "" : text.trim();
	}
}
