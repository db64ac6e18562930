package dev.custodian.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An activity as a reader sees it, its content opened from a copy the reader's keys open.
 *
 * @param occurredAt when it happened; a meeting's start
 * @param endsAt a meeting's end
 * @param direction {@code inbound} or {@code outbound}, for calls and emails
 * @param durationSeconds how long a call took
 * @param outcome how a call went (see {@link ActivityType#OUTCOMES})
 * @param authorId the user who logged it
 * @param links the records it is about, the contacts taking part among them
 * @param peopleIds the contacts who attended a meeting or took part in an email
 * @param userIds the users who attended a meeting or took part in an email
 * @param restricted whether a person it concerns is restricted (Art. 18): it refuses changes
 */
public record Activity(UUID id, ActivityType type, Instant occurredAt, @Nullable Instant endsAt,
		@Nullable String direction, @Nullable Integer durationSeconds, @Nullable String outcome,
		@Nullable String subject, @Nullable String body, @Nullable String location, @Nullable UUID authorId,
		List<ActivityLink> links, List<UUID> peopleIds, List<UUID> userIds, boolean restricted, Instant createdAt,
		Instant updatedAt, long version) {

	public Activity {
		links = List.copyOf(links);
		peopleIds = List.copyOf(peopleIds);
		userIds = List.copyOf(userIds);
	}

	/** The ids of the linked records of one kind. */
	public List<UUID> linked(String kind) {
		return links.stream().filter(link -> link.kind().equals(kind)).map(ActivityLink::id).toList();
	}

	/** The contacts it is about besides those taking part. */
	public List<UUID> otherContacts() {
		return linked("contact").stream().filter(c -> !peopleIds.contains(c)).toList();
	}
}
