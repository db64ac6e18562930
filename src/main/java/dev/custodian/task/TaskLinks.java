package dev.custodian.task;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.LinkableRecords;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The records tasks link to, through every {@link LinkableRecords} bean: the module that owns a kind answers for it,
 * so tasks depend on no record module. A kind with no bean (yet) has no record a task can be linked to.
 */
@Component
public class TaskLinks {

	private final List<LinkableRecords> kinds;

	TaskLinks(List<LinkableRecords> kinds) {
		this.kinds = List.copyOf(kinds);
	}

	/** Whether a new task may be linked to the record: it exists, the caller may read it and it is not restricted. */
	public boolean linkable(String kind, UUID id) {
		return of(kind).stream().anyMatch(records -> records.linkable(id));
	}

	/** Whether the caller may read the record. */
	public boolean readable(String kind, UUID id) {
		return of(kind).stream().anyMatch(records -> records.readable(id));
	}

	/** The labels of the records of one kind the caller may read (opening a contact's name is audited there). */
	public Map<UUID, String> labels(String kind, Collection<UUID> ids) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			of(kind).forEach(records -> labels.putAll(records.labels(ids)));
		}
		return labels;
	}

	/** The record's page, or null when no module answers for the kind. */
	public @Nullable String path(String kind, UUID id) {
		return of(kind).stream().findFirst().map(records -> records.path(id)).orElse(null);
	}

	private List<LinkableRecords> of(String kind) {
		return kinds.stream().filter(records -> records.kind().equals(kind)).toList();
	}
}
