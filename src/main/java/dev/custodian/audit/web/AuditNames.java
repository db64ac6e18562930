package dev.custodian.audit.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.ActorName;
import dev.custodian.audit.ActorNames;
import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.SubjectNames;
import dev.custodian.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Names for what a page of the trail shows: actors (and users acted upon) from {@link ActorNames}, data subjects
 * from {@link SubjectNames}. Subject names are opened by the module that holds them, which audits that read; so
 * only the subjects a page actually shows are asked for.
 */
@Component
class AuditNames {

	/** How many subjects of one entry the page names; the rest are counted. */
	static final int SUBJECTS_SHOWN = 3;

	private final List<ActorNames> actorNames;

	private final List<SubjectNames> subjectNames;

	AuditNames(List<ActorNames> actorNames, List<SubjectNames> subjectNames) {
		this.actorNames = actorNames;
		this.subjectNames = subjectNames;
	}

	/** Names of the actors of the entries, of the users they acted upon, and of the actor filtered by. */
	Map<String, String> actors(List<AuditEntry> entries, String actorFilter) {
		Set<String> ids = new LinkedHashSet<>();
		entries.forEach(entry -> {
			if (entry.actorId() != null) {
				ids.add(entry.actorId());
			}
			if ("user".equals(entry.resourceType()) && entry.resourceId() != null) {
				ids.add(entry.resourceId());
			}
		});
		if (!actorFilter.isEmpty()) {
			ids.add(actorFilter);
		}
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			actorNames.forEach(source -> names.putAll(source.namesOf(ids)));
		}
		return names;
	}

	/** Everyone the trail may be filtered by, by name. */
	List<ActorName> pickable() {
		return actorNames.stream().flatMap(source -> source.actors().stream()).toList();
	}

	/**
	 * Names of the subjects the page shows: the first few of each entry, the contact an entry is about, and the
	 * subject filtered by. Keyed by the id as text, as the template holds it.
	 */
	Map<String, String> subjects(List<AuditEntry> entries, @Nullable UUID subjectFilter) {
		Set<UUID> ids = new LinkedHashSet<>();
		if (subjectFilter != null) {
			ids.add(subjectFilter);
		}
		for (AuditEntry entry : entries) {
			ids.addAll(entry.subjectIds().subList(0, Math.min(SUBJECTS_SHOWN, entry.subjectIds().size())));
			if ("contact".equals(entry.resourceType())) {
				UUID contact = Ids.parseOrNull(entry.resourceId());
				if (contact != null) {
					ids.add(contact);
				}
			}
		}
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			subjectNames.stream()
				.map(source -> source.namesOf(ids))
				.forEach(found -> found.forEach((id, name) -> names.put(id.toString(), Objects.requireNonNull(name))));
		}
		return names;
	}
}
