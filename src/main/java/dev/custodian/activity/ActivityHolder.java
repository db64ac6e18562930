package dev.custodian.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.activity.ActivitySealing.Content;
import dev.custodian.activity.ActivitySealing.Copy;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.shared.DbTime;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.DataCategory.COMMUNICATION_CONTENT;

/**
 * The activity module's part of every data-subject request. Export: the person's copy of each activity about them,
 * opened. Erasure: their copies, their taking part and the links to them go; an activity that concerned only them
 * goes entirely, the others keep their own copies. Restriction marks their copies, which hides those activities
 * from callers without {@code restricted:read} and makes them refuse changes.
 */
@Component
class ActivityHolder implements PersonalDataHolder {

	private final ActivityStore store;

	private final Vault vault;

	ActivityHolder(ActivityStore store, Vault vault) {
		this.store = store;
		this.vault = vault;
	}

	@Override
	public String module() {
		return ActivityDeclarations.MODULE;
	}

	@Override
	public List<String> tables() {
		return List.of("activity_copies", "activity_people");
	}

	@Override
	public List<ExportedRecord> export(UUID subject) {
		List<Copy> copies = store.copiesOf(subject);
		if (copies.isEmpty()) {
			return List.of();
		}
		KeyRing ring = vault.ring(List.of(subject));
		if (!ring.holds(subject)) {
			return List.of();
		}
		List<UUID> ids = copies.stream().map(Copy::activityId).toList();
		Map<UUID, ActivityRow> rows = new java.util.HashMap<>();
		store.byIds(ids).forEach(row -> rows.put(row.id(), row));
		Map<UUID, List<ActivityLink>> links = store.links(ids);
		List<ExportedRecord> records = new ArrayList<>();
		for (Copy copy : copies) {
			ActivityRow row = rows.get(copy.activityId());
			if (row == null) {
				continue;
			}
			Content content = ActivitySealing.open(ring, copy);
			List<ExportedValue> values = new ArrayList<>();
			values.add(new ExportedValue("type", null, row.type().code()));
			values.add(new ExportedValue("occurred_at", null, row.occurredAt().toString()));
			if (row.endsAt() != null) {
				values.add(new ExportedValue("ends_at", null, row.endsAt().toString()));
			}
			if (row.direction() != null) {
				values.add(new ExportedValue("direction", null, row.direction()));
			}
			if (row.durationSeconds() != null) {
				values.add(new ExportedValue("duration_seconds", null, row.durationSeconds()));
			}
			if (row.outcome() != null) {
				values.add(new ExportedValue("outcome", null, row.outcome()));
			}
			personal(values, "subject", content.subject());
			personal(values, "body", content.body());
			personal(values, "location", content.location());
			values.add(new ExportedValue("record_id", null, links.getOrDefault(row.id(), List.of()).stream()
				.map(l -> l.kind() + ":" + l.id()).toList()));
			records.add(new ExportedRecord(ActivityDeclarations.MODULE, row.id().toString(), values));
		}
		return records;
	}

	private static void personal(List<ExportedValue> values, String field, @org.jspecify.annotations.Nullable String value) {
		if (value != null) {
			values.add(new ExportedValue(field, COMMUNICATION_CONTENT.code(), value));
		}
	}

	@Override
	public ErasureOutcome erase(UUID subject) {
		return new ErasureOutcome(module(), store.erase(subject), List.of());
	}

	@Override
	public void restrict(UUID subject) {
		store.restrict(subject, DbTime.now());
	}

	@Override
	public void lift(UUID subject) {
		store.restrict(subject, null);
	}

	@Override
	public boolean holds(UUID subject) {
		return store.holds(subject);
	}

	@Override
	public boolean restricted(UUID subject) {
		return store.restricted(subject);
	}
}
