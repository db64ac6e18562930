package dev.custodian.audit.web;

import java.util.Map;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.AuditLog;
import dev.custodian.audit.AuditQuery;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page for administrators and the DPO: filter by data subject, actor, action, resource type and
 * dates, page through, and verify the hash chain. It shows people by name: actors always, data subjects when the
 * viewer may read contacts (that read is audited by the contact module); everyone else sees subject ids.
 */
@Controller
@RequestMapping("/audit")
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	private final AuditNames names;

	AuditPageController(AuditLog audit, AuditNames names) {
		this.audit = audit;
		this.names = names;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String resourceType,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		AuditFilters filters = new AuditFilters(subjectId, actor, action, resourceType, from, to);
		model.addAttribute("filters", filters);
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("resourceTypes", audit.resourceTypes());
		model.addAttribute("actors", names.pickable());
		KeysetPage<AuditEntry> page;
		AuditQuery query = null;
		try {
			query = filters.query(String.valueOf(PAGE_SIZE), cursor);
			page = audit.find(query);
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidInputException ex) {
			// the form shows what is wrong beside each filter, and no entries rather than unfiltered ones
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			page = new KeysetPage<>(java.util.List.of(), null);
			model.addAttribute("errors", ex.byField());
		}
		model.addAttribute("page", page);
		model.addAttribute("actorNames", names.actors(page.items(), filters.actor()));
		model.addAttribute("subjectNames", names.subjects(page.items(), query == null ? null : query.subjectId()));
		model.addAttribute("subjectsShown", AuditNames.SUBJECTS_SHOWN);
		if (htmx != null) {
			return cursor != null && !cursor.isBlank() ? "audit/list :: rows" : "audit/list :: results";
		}
		return "audit/list";
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("result", audit.verify());
		return "audit/verify";
	}
}
