package dev.custodian.transfer.export.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import dev.custodian.audit.AuditLog;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListExport;
import dev.custodian.shared.Violations;
import dev.custodian.transfer.export.CsvTable;
import dev.custodian.transfer.export.ExportJobs;
import dev.custodian.transfer.export.ListExports;
import tools.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/v1/<type>/export}: a filtered list as CSV, taking the list's own filters and sort and a purpose.
 * Streamed as it is read, batch by batch, so a long list costs no more memory than a short one.
 */
@RestController
class ExportApiController implements ExportApiDocs {

	static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ListExports exports;

	private final ExportJobs jobs;

	ExportApiController(ListExports exports, ExportJobs jobs) {
		this.exports = exports;
		this.jobs = jobs;
	}

	@GetMapping("/api/v1/contacts/export")
	@Override
	public ResponseEntity<StreamingResponseBody> exportContacts(@RequestParam(required = false) @Nullable String purpose,
			HttpServletRequest request) {
		return export("contacts", purpose, request);
	}

	@GetMapping("/api/v1/companies/export")
	@Override
	public ResponseEntity<StreamingResponseBody> exportCompanies(@RequestParam(required = false) @Nullable String purpose,
			HttpServletRequest request) {
		return export("companies", purpose, request);
	}

	@GetMapping("/api/v1/deals/export")
	@Override
	public ResponseEntity<StreamingResponseBody> exportDeals(@RequestParam(required = false) @Nullable String purpose,
			HttpServletRequest request) {
		return export("deals", purpose, request);
	}

	@GetMapping("/api/v1/tickets/export")
	@Override
	public ResponseEntity<StreamingResponseBody> exportTickets(@RequestParam(required = false) @Nullable String purpose,
			HttpServletRequest request) {
		return export("tickets", purpose, request);
	}

	private ResponseEntity<StreamingResponseBody> export(String collection, @Nullable String purposeText, HttpServletRequest request) {
		ListExport list = exports.of(collection);
		Map<String, String[]> filters = ListExports.filters(request.getParameterMap());
		Violations violations = new Violations();
		ExportPurpose purpose = violations.<@Nullable ExportPurpose>collect(() -> ExportPurpose.parse(purposeText),
				null);
		ListCount count = violations.<@Nullable ListCount>collect(() -> list.count(filters), null);
		violations.throwIfAny();
		if (purpose == null || count == null) {
			throw InvalidInputException.of("purpose", "is required");
		}
		if (jobs.inBackground(count)) {
			ExportJobResource job = ExportJobResource.of(jobs.start(list, filters, purpose, count));
			// the streaming return type serves both answers: this one is the job, as JSON
			return ResponseEntity.accepted()
				.location(URI.create("/api/v1/exports/" + job.id()))
				.contentType(MediaType.APPLICATION_JSON)
				.body(out -> JSON.writeValue(out, job));
		}
		ListExport.Run run = list.start(filters, purpose);
		// the body is written on another thread: it reads (and audits) as the caller, under the same request id
		SecurityContext caller = SecurityContextHolder.getContext();
		String requestId = MDC.get(AuditLog.REQUEST_ID);
		StreamingResponseBody body = out -> {
			SecurityContextHolder.setContext(caller);
			MDC.put(AuditLog.REQUEST_ID, requestId);
			try {
				CsvTable.write(run, out, rows -> {
				});
			}
			finally {
				SecurityContextHolder.clearContext();
				MDC.remove(AuditLog.REQUEST_ID);
			}
		};
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(collection).toString())
			.body(body);
	}

	static ContentDisposition attachment(String collection) {
		return ContentDisposition.attachment()
			.filename(collection + "-" + LocalDate.now(ZoneOffset.UTC) + ".csv")
			.build();
	}
}
