package dev.custodian.audit.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.custodian.audit.ActorNames;
import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.KeysetPage;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail page for administrators and the DPO: filter by data subject or actor, page through, and
 * verify the hash chain.
 */
@Controller
@RequestMapping("/audit")
class AuditPageController {

	private final AuditLog audit;

	private final List<ActorNames> actorNames;

	AuditPageController(AuditLog audit, List<ActorNames> actorNames) {
		this.audit = audit;
		this.actorNames = actorNames;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		KeysetPage<AuditEntry> page = audit.find(AuditApiController.query(subjectId, actor, "50", cursor));
		List<String> actors = page.items().stream().map(AuditEntry::actorId).filter(Objects::nonNull).distinct().toList();
		Map<String, String> names = new HashMap<>();
		actorNames.forEach(source -> names.putAll(source.namesOf(actors)));
		model.addAttribute("page", page);
		model.addAttribute("actorNames", names);
		model.addAttribute("subjectId", subjectId == null ? "" : subjectId);
		model.addAttribute("actor", actor == null ? "" : actor);
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
