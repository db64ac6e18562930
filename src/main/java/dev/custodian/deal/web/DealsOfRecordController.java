package dev.custodian.deal.web;


import dev.custodian.deal.Deal;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.DealQuery;
import dev.custodian.deal.Pipelines;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.Ids;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.PageRequest;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The deals of a contact or a company, {@code /deals/of/{kind}/{id}}: the section their pages load with htmx (the
 * fragment) or link to (the whole page), with a link to all of them in the deal list.
 */
@Controller
class DealsOfRecordController {

	private static final int SHOWN = 20;

	private final DealManagement deals;

	private final Pipelines pipelines;

	DealsOfRecordController(DealManagement deals, Pipelines pipelines) {
		this.deals = deals;
		this.pipelines = pipelines;
	}

	@GetMapping("/deals/of/{kind}/{id}")
	String of(@PathVariable String kind, @PathVariable String id, HttpServletRequest request, Model model) {
		if (!kind.equals("contact") && !kind.equals("company")) {
			throw new NotFoundException("deal", "(unknown kind)");
		}
		java.util.UUID record = Ids.parseOrNotFound(id, kind);
		DealQuery query = new DealQuery(null, null, null, kind.equals("company") ? record : null,
				kind.equals("contact") ? record : null, null, null, null, DealQuery.DEFAULT_SORT,
				PageRequest.first(SHOWN));
		CountedPage<Deal> page = deals.list(query);
		model.addAttribute("page", page);
		model.addAttribute("kind", kind);
		model.addAttribute("recordId", record);
		model.addAttribute("stageNames", DealNames.stageNames(pipelines.all()));
		model.addAttribute("filter", kind.equals("company") ? "companyId" : "contactId");
		return request.getHeader("HX-Request") != null ? "deal/of :: section" : "deal/of";
	}
}
