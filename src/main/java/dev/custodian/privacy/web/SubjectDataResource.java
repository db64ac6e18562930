package dev.custodian.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder.ExportedRecord;
import dev.custodian.catalog.PersonalDataHolder.ExportedValue;
import dev.custodian.privacy.SubjectExport;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The merged export of a data subject as the API shows it.
 */
@Schema(name = "SubjectData", description = "Everything Custodian holds about a data subject, by module, each value "
		+ "tagged with its data category")
record SubjectDataResource(UUID subjectId, Instant exportedAt,
		@Schema(description = "Processing is restricted (Art. 18); only the data-protection officer may export it then")
		boolean restricted,
		@Schema(description = "The modules holding records about the subject, by name") List<ModuleData> modules) {

	static SubjectDataResource of(SubjectExport export) {
		return new SubjectDataResource(export.subjectId(), export.exportedAt(), export.restricted(),
				export.modules().stream().map(ModuleData::of).toList());
	}

	@Schema(name = "SubjectModuleData", description = "One module's records about the subject")
	record ModuleData(@Schema(example = "contact") String module, List<RecordData> records) {

		static ModuleData of(SubjectExport.Module module) {
			return new ModuleData(module.module(), module.records().stream().map(RecordData::of).toList());
		}
	}

	@Schema(name = "SubjectRecord", description = "One record of the subject")
	record RecordData(@Schema(description = "The catalogue's record type", example = "contact") String recordType,
			@Schema(description = "The record's id") String id, List<ValueData> values) {

		static RecordData of(ExportedRecord record) {
			return new RecordData(record.recordType(), record.id(), record.values().stream().map(ValueData::of).toList());
		}
	}

	@Schema(name = "SubjectValue", description = "One field of a record; fields without a value are left out")
	record ValueData(@Schema(description = "The catalogue's field name", example = "address.city") String field,
			@Schema(description = "The data category of a personal field; null for one declared not personal",
					example = "contact.address") @Nullable String category,
			@Schema(description = "The value: a string, number, boolean or list of strings",
					example = "London") Object value) {

		static ValueData of(ExportedValue value) {
			return new ValueData(value.field(), value.category(), value.value());
		}
	}
}
