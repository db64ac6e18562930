package dev.custodian.deal.web;

import java.time.Instant;
import java.util.List;

import dev.custodian.customfield.CustomFields;
import dev.custodian.deal.Deal;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.LostReasons;
import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Pipelines;
import dev.custodian.shared.Ids;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A deal's page {@code /deals/{id}}: its facts, the people taking part with their roles (an erased person shown as
 * such), custom fields, the stage history with the time spent in each stage, and the forms that move it, win or lose
 * it (asking why), edit and delete it (see {@link DealActionsController}).
 */
@Controller
class DealPageController {

	private final DealManagement deals;

	private final Pipelines pipelines;

	private final LostReasons lostReasons;

	private final CustomFields customFields;

	private final DealNames names;

	DealPageController(DealManagement deals, Pipelines pipelines, LostReasons lostReasons, CustomFields customFields,
			DealNames names) {
		this.deals = deals;
		this.pipelines = pipelines;
		this.lostReasons = lostReasons;
		this.customFields = customFields;
		this.names = names;
	}

	@GetMapping("/deals/{id}")
	String detail(@PathVariable String id, Model model) {
		Deal deal = deals.get(Ids.parseOrNotFound(id, DealManagement.RECORD_TYPE));
		Pipeline pipeline = pipelines.get(deal.pipelineId());
		model.addAttribute("deal", deal);
		model.addAttribute("pipeline", pipeline);
		model.addAttribute("stage", pipeline.stage(deal.stageId()).orElseThrow());
		model.addAttribute("history", deals.history(deal.id()));
		model.addAttribute("now", Instant.now());
		model.addAttribute("contactNames", names.contacts(deal.contactIds()));
		model.addAttribute("companyName", deal.companyId() == null ? null
				: names.labels("company", List.of(deal.companyId())).get(deal.companyId()));
		model.addAttribute("ownerName", names.ownerNames(List.of(deal)).get(deal.ownerId()));
		model.addAttribute("lostReasons", lostReasons.all());
		model.addAttribute("lostReason", deal.lostReasonId() == null ? null
				: lostReasons.all().stream().filter(r -> r.id().equals(deal.lostReasonId())).findFirst().orElse(null));
		model.addAttribute("customValues", customFields.valuesOf(DealManagement.RECORD_TYPE, deal.id()));
		return "deal/detail";
	}
}
