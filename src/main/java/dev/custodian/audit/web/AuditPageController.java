package dev.custodian.audit.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.AuditLog;
import dev.custodian.audit.AuditQuery;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.SortOption;
import dev.custodian.view.SavedView;
import dev.custodian.view.SavedViews;
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
 * dates, newest or oldest first, see how many entries match, keep filters as saved views, page through, and verify
 * the hash chain. It shows people by name: actors always, data subjects when the
 * viewer may read contacts (that read is audited by the contact module); everyone else sees subject ids.
 */
@Controller
@RequestMapping("/audit")
class AuditPageController {

	private static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	/** The orders the page offers, as the saved views and the sort fragment take them. */
	static final List<SortOption> SORTS = List.of(new SortOption(AuditFilters.NEWEST, "audit.sort.newest"),
			new SortOption(AuditFilters.OLDEST, "audit.sort.oldest"));

	private final AuditNames names;

	private final SavedViews views;

	AuditPageController(AuditLog audit, AuditNames names, SavedViews views) {
		this.audit = audit;
		this.names = names;
		this.views = views;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String subjectId,
			@RequestParam(required = false) @Nullable String actor,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String resourceType,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model,
			HttpServletResponse response) {
		AuditFilters filters = new AuditFilters(subjectId, actor, action, resourceType, from, to);
		UUID viewId = Ids.parseOrNull(view);
		if (viewId != null) {
			SavedView saved = views.mine("audit", viewId);
			filters = new AuditFilters(saved.filter("subjectId"), saved.filter("actor"), saved.filter("action"),
					saved.filter("resourceType"), saved.filter("from"), saved.filter("to"));
			sort = saved.sort();
			model.addAttribute("currentView", viewId);
		}
		String order = sort == null || sort.isBlank() ? AuditFilters.NEWEST : sort.trim();
		model.addAttribute("filters", filters);
		model.addAttribute("sort", order);
		model.addAttribute("sorts", SORTS);
		model.addAttribute("views", views.mine("audit"));
		model.addAttribute("viewFilters", filters.asMap());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("resourceTypes", audit.resourceTypes());
		model.addAttribute("actors", names.pickable());
		KeysetPage<AuditEntry> page;
		AuditQuery query = null;
		try {
			query = filters.query(String.valueOf(PAGE_SIZE), cursor, order);
			page = audit.find(query);
			model.addAttribute("count", audit.count(query));
			model.addAttribute("errors", Map.of());
		}
		catch (InvalidInputException ex) {
			// the form shows what is wrong beside each filter, and no entries rather than unfiltered ones
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			page = new KeysetPage<>(List.of(), null);
			model.addAttribute("count", ListCount.of(0));
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
