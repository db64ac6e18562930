package dev.custodian.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder.ExportedRecord;

/**
 * Everything Custodian holds about a data subject, by module: the merged export of every holder that holds something.
 *
 * @param restricted whether processing of the subject's data is restricted (Art. 18)
 * @param modules the modules holding records about the subject, by module name
 */
public record SubjectExport(UUID subjectId, Instant exportedAt, boolean restricted, List<Module> modules) {

	public SubjectExport {
		modules = List.copyOf(modules);
	}

	/** One module's records about the subject, as its holder exported them. */
	public record Module(String module, List<ExportedRecord> records) {

		public Module {
			records = List.copyOf(records);
		}
	}
}
