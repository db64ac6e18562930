package dev.custodian.audit.web;

import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.AuditLog;
import dev.custodian.audit.VerificationResult;
import dev.custodian.shared.KeysetPage;
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
class AuditApiController implements AuditApiDocs {

	private final AuditLog audit;

	AuditApiController(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	@GetMapping("/events")
	public KeysetPage<AuditEntry> events(@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String resourceType,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		return audit.find(new AuditFilters(subjectId, actor, action, resourceType, from, to).query(limit, cursor, sort));
	}

	@Override
	@GetMapping("/verify")
	public VerificationResult verify() {
		return audit.verify();
	}
}
