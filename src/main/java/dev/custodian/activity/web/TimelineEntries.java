package dev.custodian.activity.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.custodian.activity.Activity;
import dev.custodian.activity.ActivityType;
import dev.custodian.activity.LinkedRecords;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Ids;
import dev.custodian.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the timeline's pages share: the record a timeline belongs to, checked as readable, and what its entries need
 * to be shown (the records they link to and the names of the users in them).
 */
@Component
class TimelineEntries {

	private final LinkedRecords records;

	private final UserManagement users;

	TimelineEntries(LinkedRecords records, UserManagement users) {
		this.records = records;
		this.users = users;
	}

	/** The record of the timeline; 404 for a kind or id that names no record the caller may read. */
	UUID record(String kind, String id) {
		UUID record = Ids.parseOrNotFound(id, kind);
		if (!records.readable(kind, record)) {
			throw new NotFoundException("record", "(unknown)");
		}
		return record;
	}

	/** The address of the record's own page. */
	String path(String kind, UUID record) {
		return records.path(kind, record);
	}

	/** Adds what the entries of a record's timeline are shown with. */
	void describe(Model model, String kind, UUID record, List<Activity> entries) {
		Map<UUID, String> authors = new HashMap<>();
		entries.stream()
			.flatMap(a -> Stream.concat(Stream.ofNullable(a.authorId()), a.userIds().stream()))
			.distinct()
			.forEach(user -> users.find(new UserId(user)).ifPresent(u -> authors.put(user, u.displayName())));
		model.addAttribute("kind", kind);
		model.addAttribute("recordId", record);
		model.addAttribute("recordPath", records.path(kind, record));
		model.addAttribute("linked", records.of(entries));
		model.addAttribute("authors", authors);
		model.addAttribute("directions", ActivityType.DIRECTIONS);
		model.addAttribute("outcomes", ActivityType.OUTCOMES);
	}
}
