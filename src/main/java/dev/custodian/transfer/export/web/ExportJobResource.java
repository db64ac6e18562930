package dev.custodian.transfer.export.web;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.transfer.export.ExportJob;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A background export as the API shows it. */
@Schema(name = "ExportJob")
record ExportJobResource(UUID id, String collection,
		@Schema(allowableValues = { "queued", "running", "completed", "failed", "expired" }) String status,
		@Schema(description = "Rows the list counted when the export was asked for") long rowsTotal,
		@Schema(description = "Rows written so far") long rowsDone,
		@Schema(description = "Where to download the file, once completed and until it expires") @Nullable String downloadUrl,
		@Schema(description = "When the file is destroyed") Instant expiresAt, Instant createdAt) {

	static ExportJobResource of(ExportJob job) {
		String status = job.expired(DbTime.now()) ? ExportJob.EXPIRED : job.status();
		return new ExportJobResource(job.id(), job.collection(), status, job.rowsTotal(), job.rowsDone(),
				job.downloadable(DbTime.now()) ? "/api/v1/exports/" + job.id() + "/download" : null, job.expiresAt(),
				job.createdAt());
	}
}
