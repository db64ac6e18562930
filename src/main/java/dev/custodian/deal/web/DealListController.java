package dev.custodian.deal.web;

import java.util.List;
import java.util.Map;

import dev.custodian.deal.Deal;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.DealQuery;
import dev.custodian.deal.DealStatus;
import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Pipelines;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deal list {@code /deals}: filters by pipeline, owner, status and close-date range, sorted by close date,
 * amount, stage or last change, a page at a time with "Show more" (a link that htmx turns into appended rows).
 * The filters are ids, codes and dates, nothing personal, so they travel in the query string.
 */
@Controller
class DealListController {

	private final DealManagement deals;

	private final Pipelines pipelines;

	private final DealNames names;

	DealListController(DealManagement deals, Pipelines pipelines, DealNames names) {
		this.deals = deals;
		this.pipelines = pipelines;
		this.names = names;
	}

	@GetMapping("/deals")
	String list(@RequestParam(required = false) @Nullable String pipelineId,
			@RequestParam(required = false) @Nullable String ownerId,
			@RequestParam(required = false) @Nullable String companyId,
			@RequestParam(required = false) @Nullable String contactId,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String closeFrom,
			@RequestParam(required = false) @Nullable String closeTo,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String cursor, HttpServletRequest request, Model model) {
		DealQueries.Params params = new DealQueries.Params(pipelineId, null, ownerId, companyId, contactId, status, closeFrom,
				closeTo, sort, null, cursor);
		DealQuery query;
		try {
			query = DealQueries.parse(params);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("filterProblems", ex.violations());
			query = DealQuery.all(PageRequest.first(PageRequest.DEFAULT_LIMIT));
			params = new DealQueries.Params(null, null, null, null, null, null, null, null, null, null, null);
		}
		CountedPage<Deal> page = deals.list(query);
		List<Pipeline> all = pipelines.all();
		model.addAttribute("page", page);
		model.addAttribute("count", new ListCount(page.total(), page.totalExact()));
		model.addAttribute("statuses", DealStatus.values());
		model.addAttribute("f", params);
		model.addAttribute("sort", query.sort().code());
		Map<String, String> export = new java.util.LinkedHashMap<>();
		export.put("pipelineId", text(params.pipelineId()));
		export.put("ownerId", text(params.ownerId()));
		export.put("companyId", text(params.companyId()));
		export.put("contactId", text(params.contactId()));
		export.put("status", text(params.status()));
		export.put("closeFrom", text(params.closeFrom()));
		export.put("closeTo", text(params.closeTo()));
		export.put("sort", query.sort().code());
		model.addAttribute("exportFilters", export);
		model.addAttribute("exportHref", dev.custodian.shared.ExportLinks.page("deals", export));
		model.addAttribute("exportSearched", false);
		model.addAttribute("sorts", DealQuery.SORT_OPTIONS);
		model.addAttribute("pipelines", all);
		model.addAttribute("stageNames", DealNames.stageNames(all));
		model.addAttribute("owners", names.owners());
		model.addAttribute("ownerNames", names.ownerNames(page.items()));
		model.addAttribute("companyNames", names.companies(page.items()));
		boolean more = request.getHeader("HX-Request") != null && cursor != null && !cursor.isBlank();
		return more ? "deal/list :: rows" : "deal/list";
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
