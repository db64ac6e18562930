package dev.custodian.deal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.customfield.CustomFields;
import dev.custodian.deal.Deal;
import dev.custodian.deal.DealForm;
import dev.custodian.deal.DealForecasts;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Pipelines;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deal form, {@code /deals/new} and {@code /deals/{id}/edit}. The stage is chosen from every pipeline's stages
 * (the pipeline follows from it); people are ticked among the company's contacts, each with a role, or added by
 * email. Parameters are read one by one, so no id or server-owned field can be bound from a request.
 */
@Controller
class DealFormController {

	private final DealManagement deals;

	private final Pipelines pipelines;

	private final CustomFields customFields;

	private final DealForecasts forecasts;

	private final DealPickLists pickLists;

	private final MessageSource messages;

	DealFormController(DealManagement deals, Pipelines pipelines, CustomFields customFields, DealForecasts forecasts,
			DealPickLists pickLists, MessageSource messages) {
		this.deals = deals;
		this.pipelines = pipelines;
		this.customFields = customFields;
		this.forecasts = forecasts;
		this.pickLists = pickLists;
		this.messages = messages;
	}

	@GetMapping("/deals/new")
	String newDeal(@RequestParam(required = false) @Nullable String companyId,
			@RequestParam(required = false) @Nullable String stageId, Model model) {
		Pipeline first = pipelines.all().get(0);
		String stage = stageId != null && Ids.parseOrNull(stageId) != null ? stageId : first.stages().get(0).id().toString();
		DealForm form = new DealForm(null, null, forecasts.defaultCurrency(), null, stage, null,
				Ids.parseOrNull(companyId) == null ? null : companyId, List.of(), null, null, null, null);
		return form(model, form, null, 0, Map.of());
	}

	@PostMapping("/deals")
	String create(HttpServletRequest request, Model model, RedirectAttributes redirect) {
		DealForm form = read(request, null);
		try {
			Deal deal = deals.create(form);
			redirect.addFlashAttribute("notice", text("deal.notice.dealCreated"));
			return "redirect:/deals/" + deal.id();
		}
		catch (InvalidInputException ex) {
			return form(model, form, null, 0, ex.byField());
		}
	}

	@GetMapping("/deals/{id}/edit")
	String edit(@PathVariable String id, Model model) {
		Deal deal = deals.get(Ids.parseOrNotFound(id, DealManagement.RECORD_TYPE));
		return form(model, DealForm.of(deal, customFields.valuesOf(DealManagement.RECORD_TYPE, deal.id())), deal.id(),
				deal.version(), Map.of());
	}

	@PostMapping("/deals/{id}")
	String update(@PathVariable String id, @RequestParam long version, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		UUID dealId = Ids.parseOrNotFound(id, DealManagement.RECORD_TYPE);
		Deal current = deals.get(dealId);
		DealForm form = read(request, current);
		try {
			deals.update(dealId, stored -> form, version);
			redirect.addFlashAttribute("notice", text("deal.notice.saved"));
			return "redirect:/deals/" + dealId;
		}
		catch (InvalidInputException ex) {
			return form(model, form, dealId, version, ex.byField());
		}
		catch (StaleVersionException ex) {
			model.addAttribute("problem", text("deal.problem.dealStale"));
			return form(model, form, dealId, version, Map.of());
		}
	}

	/**
	 * The form as posted. The pipeline follows from the stage; the status stays as it was while the stage does (so a
	 * won deal in a pipeline without a won stage stays won), and is left to a new stage otherwise.
	 */
	private DealForm read(HttpServletRequest request, @Nullable Deal current) {
		String stageId = request.getParameter("stageId");
		UUID stage = Ids.parseOrNull(stageId);
		String pipelineId = stage == null ? null : pipelines.all().stream()
			.filter(p -> p.stage(stage).isPresent()).map(p -> p.id().toString()).findFirst().orElse(null);
		String status = current != null && current.stageId().equals(stage) ? current.status().code() : null;
		String lostReason = current != null && current.lostReasonId() != null ? current.lostReasonId().toString() : null;
		List<DealForm.Participant> people = new ArrayList<>();
		String[] ticked = request.getParameterValues("contact");
		if (ticked != null) {
			for (String contact : ticked) {
				people.add(new DealForm.Participant(contact, request.getParameter("role." + contact)));
			}
		}
		String email = request.getParameter("addEmail");
		if (email != null && !email.isBlank()) {
			UUID found = pickLists.contactByEmail(email.trim());
			people.add(new DealForm.Participant(found == null ? "" : found.toString(), request.getParameter("addRole")));
		}
		return new DealForm(request.getParameter("name"), request.getParameter("amount"),
				request.getParameter("currency"), pipelineId, stageId, request.getParameter("ownerId"),
				request.getParameter("companyId"), people, status, lostReason, request.getParameter("expectedCloseDate"),
				customFields.fromForm(DealManagement.RECORD_TYPE, request.getParameterMap()));
	}

	private String form(Model model, DealForm form, @Nullable UUID id, long version, Map<String, String> errors) {
		List<Pipeline> all = pipelines.all();
		model.addAttribute("form", form);
		model.addAttribute("dealId", id);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("pipelines", all);
		model.addAttribute("owners", pickLists.owners(form.ownerId()));
		model.addAttribute("companies", pickLists.companies(form.companyId()));
		Map<String, String> chosen = new LinkedHashMap<>();
		form.contacts().forEach(p -> chosen.put(String.valueOf(p.contactId()), p.role() == null ? "other" : p.role()));
		model.addAttribute("chosen", chosen);
		model.addAttribute("people", pickLists.people(form.companyId(), chosen.keySet()));
		model.addAttribute("roles", dev.custodian.deal.ContactRole.values());
		return "deal/form";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
