package dev.custodian.activity;

import java.time.Instant;
import java.util.List;

import dev.custodian.shared.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Which activities to list, newest first: those linked to every given record, of a type, in a time range
 * ({@code from} inclusive, {@code to} exclusive).
 */
public record ActivityQuery(List<ActivityLink> links, @Nullable ActivityType type, @Nullable Instant from,
		@Nullable Instant to, PageRequest page) {

	public ActivityQuery {
		links = List.copyOf(links);
	}

	/** One record's timeline. */
	public static ActivityQuery timeline(ActivityLink link, PageRequest page) {
		return new ActivityQuery(List.of(link), null, null, null, page);
	}
}
