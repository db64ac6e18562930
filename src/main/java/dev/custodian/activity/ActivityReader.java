package dev.custodian.activity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.activity.ActivitySealing.Content;
import dev.custodian.activity.ActivitySealing.Copy;
import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.springframework.stereotype.Component;

/**
 * Turns stored rows into activities as the caller sees them: one batch per table for a whole page, one key batch
 * for every copy's subject, the content opened from the first copy a key opens. The read is audited once, with the
 * contacts whose copies the shown activities hold.
 */
@Component
class ActivityReader {

	private final ActivityStore store;

	private final Vault vault;

	private final AuditLog audit;

	ActivityReader(ActivityStore store, Vault vault, AuditLog audit) {
		this.store = store;
		this.vault = vault;
		this.audit = audit;
	}

	/** The activities of the rows, in their order; a row whose restriction hides it is left out. */
	List<Activity> read(List<ActivityRow> rows, boolean withRestricted, @org.jspecify.annotations.Nullable Object resourceId) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<UUID> ids = rows.stream().map(ActivityRow::id).toList();
		Map<UUID, List<Copy>> copies = store.copies(ids);
		Map<UUID, List<ActivityLink>> links = store.links(ids);
		Map<UUID, List<UUID>> people = store.participants("activity_people", ids);
		Map<UUID, List<UUID>> users = store.participants("activity_users", ids);
		Set<UUID> subjects = new LinkedHashSet<>();
		copies.values().forEach(list -> list.forEach(c -> subjects.add(c.subjectId())));
		KeyRing ring = vault.ring(subjects);
		List<Activity> activities = new ArrayList<>();
		Set<UUID> shown = new LinkedHashSet<>();
		for (ActivityRow row : rows) {
			List<Copy> own = copies.getOrDefault(row.id(), List.of());
			boolean restricted = own.stream().anyMatch(c -> c.restrictedAt() != null);
			if (restricted && !withRestricted) {
				continue;
			}
			Content content = own.stream().filter(c -> ring.holds(c.subjectId())).findFirst()
				.map(c -> ActivitySealing.open(ring, c)).orElse(new Content(null, null, null));
			own.stream().map(Copy::subjectId).filter(s -> !s.equals(row.id())).forEach(shown::add);
			activities.add(activity(row, content, links.getOrDefault(row.id(), List.of()),
					people.getOrDefault(row.id(), List.of()), users.getOrDefault(row.id(), List.of()), restricted));
		}
		if (!activities.isEmpty()) {
			audit.record(AuditAction.READ, "activity", resourceId, shown);
		}
		return activities;
	}

	/** The contacts whose copies the activities hold (the subjects of an audit entry about them). */
	List<UUID> subjects(Collection<UUID> activityIds) {
		List<UUID> subjects = new ArrayList<>();
		store.copies(activityIds).forEach((id, list) -> list.stream().map(Copy::subjectId)
			.filter(s -> !s.equals(id)).forEach(subjects::add));
		return subjects;
	}

	static Activity activity(ActivityRow row, Content content, List<ActivityLink> links, List<UUID> people,
			List<UUID> users, boolean restricted) {
		return new Activity(row.id(), row.type(), row.occurredAt(), row.endsAt(), row.direction(),
				row.durationSeconds(), row.outcome(), content.subject(), content.body(), content.location(),
				row.authorId(), links, people, users, restricted, row.createdAt(), row.updatedAt(), row.version());
	}
}
