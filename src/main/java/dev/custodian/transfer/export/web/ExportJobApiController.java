package dev.custodian.transfer.export.web;

import java.io.InputStream;

import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.transfer.export.ExportJob;
import dev.custodian.transfer.export.ExportJobs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/v1/exports/{id}}: a background export's progress, and its file once done, for the user who asked (or
 * an administrator); anyone else hears 404, as for an unknown id.
 */
@RestController
class ExportJobApiController implements ExportJobApiDocs {

	private final ExportJobs jobs;

	ExportJobApiController(ExportJobs jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/api/v1/exports/{id}")
	@Override
	public ExportJobResource get(@PathVariable String id) {
		return ExportJobResource.of(jobs.get(Ids.parseOrNotFound(id, "export")));
	}

	@GetMapping("/api/v1/exports/{id}/download")
	@Override
	public ResponseEntity<StreamingResponseBody> download(@PathVariable String id) throws java.io.IOException {
		ExportJob job = jobs.get(Ids.parseOrNotFound(id, "export"));
		if (!job.expired(DbTime.now()) && !ExportJob.COMPLETED.equals(job.status())) {
			throw new ConflictException(ExportJob.FAILED.equals(job.status()) ? "The export failed: ask for it again"
					: "The export is not ready yet", java.util.Map.of("status", job.status()));
		}
		InputStream in = jobs.download(job);
		StreamingResponseBody body = out -> {
			try (in) {
				in.transferTo(out);
			}
		};
		return ResponseEntity.ok()
			.contentType(ExportApiController.CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ExportApiController.attachment(job.collection()).toString())
			.body(body);
	}
}
