package dev.custodian.audit.web;

import java.util.UUID;

import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.AuditLog;
import dev.custodian.audit.AuditQuery;
import dev.custodian.audit.VerificationResult;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/audit}: the audit trail and its verification, for administrators and the DPO.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Tamper-evident trail of every read and change of personal data")
class AuditApiController {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/events")
	@Operation(operationId = "listAuditEvents", summary = "Audit entries, newest first",
			description = "Entries hold ids and actions, never field values. ADMIN and DPO only.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	KeysetPage<AuditEntry> events(@Parameter(description = "Only entries concerning this data subject",
			schema = @Schema(format = "uuid")) @RequestParam(required = false) @Nullable String subjectId,
			@Parameter(description = "Only entries by this user id") @RequestParam(required = false) @Nullable String actor,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @RequestParam(required = false) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) @Nullable String cursor) {
		return audit.find(query(subjectId, actor, limit, cursor));
	}

	@GetMapping("/verify")
	@Operation(operationId = "verifyAuditChain", summary = "Recompute the hash chain",
			description = "valid is false when any entry was altered, removed or re-ordered; firstBrokenEntry names the first.")
	VerificationResult verify() {
		return audit.verify();
	}

	static AuditQuery query(@Nullable String subjectId, @Nullable String actor, @Nullable String limit,
			@Nullable String cursor) {
		UUID subject = null;
		if (subjectId != null && !subjectId.isBlank()) {
			subject = Ids.parseOrNull(subjectId.trim());
			if (subject == null) {
				throw InvalidInputException.of("subjectId", "must be a UUID");
			}
		}
		String actorId = actor == null || actor.isBlank() ? null : actor.trim();
		return new AuditQuery(subject, actorId, PageRequest.parse(limit, cursor));
	}
}
