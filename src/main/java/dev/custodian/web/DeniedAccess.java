package dev.custodian.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.Ids;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * Records refused attempts in the audit trail (outcome {@code DENIED}), so the DPO sees who tried to reach what
 * their role does not allow. The refused work has rolled back; this entry is written on its own.
 */
@Component
class DeniedAccess {

	private static final Map<String, String> RESOURCES = Map.of("contacts", "contact", "companies", "company", "users",
			"user", "tokens", "api-token", "audit", "audit", "admin", "admin", "account", "api-token");

	private final AuditLog audit;

	DeniedAccess(AuditLog audit) {
		this.audit = audit;
	}

	void record(HttpServletRequest request) {
		String[] segments = request.getRequestURI().replaceFirst("^/api/v1", "").split("/");
		String resource = segments.length > 1 ? RESOURCES.getOrDefault(segments[1], "page") : "page";
		UUID resourceId = segments.length > 2 ? Ids.parseOrNull(segments[2]) : null;
		audit.record(action(request.getMethod()), resource, resourceId, List.of(), "DENIED");
	}

	private static AuditAction action(String method) {
		return switch (method) {
			case "POST" -> AuditAction.CREATE;
			case "PUT", "PATCH" -> AuditAction.UPDATE;
			case "DELETE" -> AuditAction.DELETE;
			default -> AuditAction.READ;
		};
	}
}
