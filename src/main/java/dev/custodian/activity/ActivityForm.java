package dev.custodian.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A new activity as entered. Links and the people taking part are set when it is logged; later changes
 * ({@link ActivityChanges}) touch its content and times only.
 *
 * @param type {@code note}, {@code call}, {@code meeting} or {@code email}
 * @param occurredAt when it happened; null means now
 * @param contactIds the contacts it is about
 * @param peopleIds the contacts who attended (meeting) or took part (email)
 * @param userIds the users who attended (meeting) or took part (email)
 */
public record ActivityForm(@Nullable String type, @Nullable String subject, @Nullable String body,
		@Nullable Instant occurredAt, @Nullable Instant endsAt, @Nullable String direction,
		@Nullable Integer durationSeconds, @Nullable String outcome, @Nullable String location, List<UUID> contactIds,
		@Nullable UUID companyId, @Nullable UUID dealId, @Nullable UUID ticketId, List<UUID> peopleIds,
		List<UUID> userIds) {

	public ActivityForm {
		contactIds = List.copyOf(contactIds);
		peopleIds = List.copyOf(peopleIds);
		userIds = List.copyOf(userIds);
	}

	/** The content and times of the form, as a change of an existing activity would carry them. */
	public ActivityChanges changes() {
		return new ActivityChanges(subject, body, occurredAt, endsAt, direction, durationSeconds, outcome, location);
	}
}
