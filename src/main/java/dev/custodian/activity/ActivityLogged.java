package dev.custodian.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An activity was added to the timeline (a note, a call, a meeting or an email), published in the transaction that
 * stored it. It carries ids and kinds only, never content: modules that time their own records by what happens to
 * them (a ticket's first response, say) listen for it.
 *
 * @param activityId the activity
 * @param type {@code note}, {@code call}, {@code meeting} or {@code email}
 * @param direction {@code inbound} or {@code outbound} for calls and emails; null for notes and meetings
 * @param occurredAt when it happened (a meeting: its start)
 * @param authorId the user who logged it; null when the system did
 * @param links the records it is linked to, each a kind ({@code contact}, {@code company}, {@code deal},
 * {@code ticket}) and an id
 */
public record ActivityLogged(UUID activityId, String type, @Nullable String direction, Instant occurredAt,
		@Nullable UUID authorId, List<Link> links) {

	public ActivityLogged {
		links = List.copyOf(links);
	}

	/** The ids of the linked records of one kind. */
	public List<UUID> linked(String kind) {
		return links.stream().filter(link -> link.kind().equals(kind)).map(Link::id).toList();
	}

	/** One linked record. */
	public record Link(String kind, UUID id) {
	}
}
