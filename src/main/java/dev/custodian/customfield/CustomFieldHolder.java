package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.springframework.stereotype.Component;

/**
 * Custom values as one holder of a subject's data: exported opened, each tagged with its field's category (and
 * values of fields not personal too, untagged), erased by deleting the rows. Restriction is the record's module's
 * to enforce: these values are only ever shown with their record.
 */
@Component
class CustomFieldHolder implements PersonalDataHolder {

	private final Values values;

	private final Definitions definitions;

	private final Vault vault;

	CustomFieldHolder(Values values, Definitions definitions, Vault vault) {
		this.values = values;
		this.definitions = definitions;
		this.vault = vault;
	}

	@Override
	public String module() {
		return "customfield";
	}

	@Override
	public List<String> tables() {
		return List.of(ValueRow.TABLE);
	}

	@Override
	public List<ExportedRecord> export(UUID subject) {
		List<ValueRow> rows = values.ofSubject(subject);
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<UUID, CustomField> fields = definitions.all().stream()
			.collect(Collectors.toMap(CustomField::id, Function.identity()));
		KeyRing ring = vault.ring(List.of(subject));
		Map<String, List<ExportedValue>> byRecord = new LinkedHashMap<>();
		Map<String, ValueRow> firstRow = new LinkedHashMap<>();
		for (ValueRow row : rows) {
			CustomField field = fields.get(row.fieldId());
			if (field == null || (row.sealed() != null && !ring.holds(subject))) {
				continue;
			}
			String record = row.recordType() + "/" + row.recordId();
			firstRow.putIfAbsent(record, row);
			byRecord.computeIfAbsent(record, r -> new ArrayList<>())
				.add(new ExportedValue(field.path(), field.category() == null ? null : field.category().code(),
						ValueCodec.decode(field, row, ring)));
		}
		List<ExportedRecord> records = new ArrayList<>();
		byRecord.forEach((record, exported) -> records.add(new ExportedRecord(firstRow.get(record).recordType(),
				firstRow.get(record).recordId().toString(), exported)));
		return records;
	}

	@Override
	public ErasureOutcome erase(UUID subject) {
		return new ErasureOutcome(module(), values.deleteSubject(subject), List.of());
	}

	@Override
	public void restrict(UUID subject) {
		// nothing of its own: the values are shown only with their record, whose module enforces the restriction
	}

	@Override
	public void lift(UUID subject) {
		// see restrict
	}
}
