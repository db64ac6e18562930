package dev.custodian.activity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.custodian.shared.LinkableRecords;
import org.springframework.stereotype.Component;

/**
 * Stands in for deals and tickets in test applications while their modules are written: a test puts a record in,
 * and activities link to it as they will to real ones. Holds nothing unless a test puts records in, so next to the
 * real beans of these kinds it answers for nothing else.
 */
public abstract class RecordsHeldForTests implements LinkableRecords {

	private final Map<UUID, String> records = new ConcurrentHashMap<>();

	public UUID put(String label) {
		UUID id = dev.custodian.shared.Ids.newId();
		records.put(id, label);
		return id;
	}

	@Override
	public boolean readable(UUID id) {
		return records.containsKey(id);
	}

	@Override
	public boolean linkable(UUID id) {
		return records.containsKey(id);
	}

	@Override
	public Map<UUID, String> labels(Collection<UUID> ids) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		ids.stream().filter(records::containsKey).forEach(id -> labels.put(id, records.get(id)));
		return labels;
	}

	@Override
	public String path(UUID id) {
		return "/" + kind() + "s/" + id;
	}

	/** Deals a test links to. */
	@Component
	public static class Deals extends RecordsHeldForTests {

		@Override
		public String kind() {
			return "deal";
		}
	}

	/** Tickets a test links to. */
	@Component
	public static class Tickets extends RecordsHeldForTests {

		@Override
		public String kind() {
			return "ticket";
		}
	}
}
