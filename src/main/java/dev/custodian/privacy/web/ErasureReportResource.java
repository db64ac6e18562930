package dev.custodian.privacy.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder.ErasureOutcome;
import dev.custodian.catalog.PersonalDataHolder.KeptRecord;
import dev.custodian.privacy.ErasureReport;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An erasure's report as the API shows it.
 */
@Schema(name = "ErasureReport", description = "What the erasure did in every module; the subject's key is destroyed "
		+ "and the erasure journalled")
record ErasureReportResource(UUID subjectId, Instant erasedAt, List<ModuleErasure> modules) {

	static ErasureReportResource of(ErasureReport report) {
		return new ErasureReportResource(report.subjectId(), report.erasedAt(),
				report.modules().stream().map(ModuleErasure::of).toList());
	}

	@Schema(name = "ModuleErasure", description = "What one module erased and what it kept")
	record ModuleErasure(@Schema(example = "contact") String module,
			@Schema(description = "Records deleted or replaced by a tombstone", example = "1") long erased,
			@Schema(description = "Records kept, each with the legal reason") List<Kept> kept) {

		static ModuleErasure of(ErasureOutcome outcome) {
			return new ModuleErasure(outcome.module(), outcome.erased(), outcome.kept().stream().map(Kept::of).toList());
		}
	}

	@Schema(name = "KeptRecord", description = "A record the erasure kept, and why")
	record Kept(@Schema(example = "audit-entry") String recordType, String id,
			@Schema(description = "The legal ground for keeping it",
					example = "Art. 17(3)(b) and (e), Art. 5(2): the audit trail is the proof that the data was "
							+ "processed lawfully") String reason) {

		static Kept of(KeptRecord kept) {
			return new Kept(kept.recordType(), kept.id(), kept.reason());
		}
	}
}
