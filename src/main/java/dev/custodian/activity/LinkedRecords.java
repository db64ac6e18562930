package dev.custodian.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The records timelines belong to and link to, as the pages show them: whether the caller may read one, its label
 * and its page, each answered by the module that owns the kind.
 */
@Service
public class LinkedRecords {

	private final ActivityRules rules;

	LinkedRecords(ActivityRules rules) {
		this.rules = rules;
	}

	/** Whether the caller may read the record of that kind (the timeline of an unreadable record is not found). */
	@PreAuthorize("hasAuthority('activity:read')")
	@Transactional(readOnly = true)
	public boolean readable(String kind, UUID id) {
		return ActivityLink.KINDS.contains(kind) && rules.readable(kind, id);
	}

	/**
	 * The labels and pages of the records the activities link to, the contacts taking part among them, as the
	 * caller may read them (unreadable ones are left out), by record id.
	 */
	@PreAuthorize("hasAuthority('activity:read')")
	@Transactional
	public Map<UUID, LinkedRecord> of(List<Activity> activities) {
		List<ActivityLink> links = new ArrayList<>();
		activities.forEach(a -> links.addAll(a.links()));
		return rules.labels(links);
	}

	/** The web page of a record of the kind, such as {@code /contacts/{id}}. */
	public String path(String kind, UUID id) {
		return rules.path(kind, id);
	}
}
