package dev.custodian.task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.custodian.shared.LinkableRecords;

/**
 * Stands in for a kind of record whose module is still to come (deals, tickets) in test applications: a test adds
 * the ids that exist, and tasks link to them as they will to real ones. Holds nothing unless a test adds ids.
 */
public abstract class RecordsToLinkForTests implements LinkableRecords {

	private final Set<UUID> known = ConcurrentHashMap.newKeySet();

	/** A new record of this kind, which tasks may then link to. */
	public UUID add() {
		UUID id = UUID.randomUUID();
		known.add(id);
		return id;
	}

	@Override
	public boolean readable(UUID id) {
		return known.contains(id);
	}

	@Override
	public boolean linkable(UUID id) {
		return known.contains(id);
	}

	@Override
	public Map<UUID, String> labels(Collection<UUID> ids) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		ids.stream().filter(known::contains).forEach(id -> labels.put(id, kind() + " " + id.toString().substring(0, 8)));
		return labels;
	}

	@Override
	public String path(UUID id) {
		return "/tasks/linked/" + kind() + "/" + id;
	}

	/** Deals for tests, until the deal module has its own. */
	@org.springframework.stereotype.Component
	public static class Deals extends RecordsToLinkForTests {

		@Override
		public String kind() {
			return "deal";
		}
	}

	/** Tickets for tests, until the ticket module has its own. */
	@org.springframework.stereotype.Component
	public static class Tickets extends RecordsToLinkForTests {

		@Override
		public String kind() {
			return "ticket";
		}
	}
}
