package dev.custodian.deal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.custodian.customfield.CustomValues;
import org.jspecify.annotations.Nullable;

/**
 * An imported row laid over a stored deal: the fields the file maps take the row's values, every other field keeps
 * the stored value, and so does a mapped field whose cell is empty (a file with gaps does not wipe what is known).
 * The people named by the row join those taking part: a file names one person per row, so replacing them would drop
 * the others.
 */
final class ImportedDeal {

	private ImportedDeal() {
	}

	static DealForm merge(DealForm stored, DealForm row, Set<String> fields) {
		List<DealForm.Participant> people = new ArrayList<>(stored.contacts());
		if (fields.contains("contacts")) {
			for (DealForm.Participant person : row.contacts()) {
				if (people.stream().noneMatch(p -> p.contactId() != null && p.contactId().equals(person.contactId()))) {
					people.add(person);
				}
			}
		}
		Map<String, @Nullable Object> custom = new LinkedHashMap<>(stored.customFieldsOrNone().values());
		row.customFieldsOrNone().values().forEach((key, value) -> {
			if (fields.contains("customFields." + key) && value != null && !"".equals(value)) {
				custom.put(key, value);
			}
		});
		String stage = pick(fields, "stageId", stored.stageId(), row.stageId());
		// a new stage decides the status again (won at 100 %, lost at 0 %); the stored status would contradict it
		String status = stage != null && !stage.equals(stored.stageId()) ? null : stored.status();
		return new DealForm(pick(fields, "name", stored.name(), row.name()),
				pick(fields, "amount", stored.amount(), row.amount()),
				pick(fields, "currency", stored.currency(), row.currency()),
				pick(fields, "pipelineId", stored.pipelineId(), row.pipelineId()), stage,
				pick(fields, "ownerId", stored.ownerId(), row.ownerId()),
				pick(fields, "companyId", stored.companyId(), row.companyId()), people, status, stored.lostReasonId(),
				pick(fields, "expectedCloseDate", stored.expectedCloseDate(), row.expectedCloseDate()),
				new CustomValues(custom));
	}

	private static @Nullable String pick(Set<String> fields, String field, @Nullable String stored,
			@Nullable String row) {
		return fields.contains(field) && row != null && !row.isBlank() ? row : stored;
	}
}
