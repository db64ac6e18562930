package dev.custodian.ticket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import dev.custodian.ticket.SlaTarget;
import dev.custodian.ticket.SlaTargets;
import dev.custodian.ticket.TicketPriority;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /admin/sla}: the SLA targets per priority, for administrators. */
@Controller
@RequestMapping("/admin/sla")
@PreAuthorize("hasAuthority('user:admin')")
class SlaPageController {

	private final SlaTargets targets;

	private final MessageSource messages;

	SlaPageController(SlaTargets targets, MessageSource messages) {
		this.targets = targets;
		this.messages = messages;
	}

	@GetMapping
	String show(Model model) {
		SlaTargets.Set set = targets.current();
		return page(model, set.targets(), set.version(), Map.of(), null);
	}

	@PostMapping
	String save(@RequestParam long version, @RequestParam MultiValueMap<String, String> posted, Model model,
			RedirectAttributes redirect) {
		List<SlaTarget> given = new ArrayList<>();
		Violations violations = new Violations();
		for (TicketPriority priority : TicketPriority.values()) {
			Integer first = minutes(posted.getFirst(priority.code() + ".firstResponse"), priority.code() + ".firstResponse", violations);
			Integer resolution = minutes(posted.getFirst(priority.code() + ".resolution"), priority.code() + ".resolution", violations);
			given.add(new SlaTarget(priority, first == null ? 0 : first, resolution == null ? 0 : resolution));
		}
		try {
			violations.throwIfAny();
			targets.replace(given, version, new Violations());
			redirect.addFlashAttribute("notice", text("ticket.sla.saved"));
			return "redirect:/admin/sla";
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			ex.byField().forEach((field, message) -> errors.put(pageField(field), message));
			return page(model, given, version, errors, null);
		}
		catch (StaleVersionException ex) {
			SlaTargets.Set set = targets.current();
			return page(model, set.targets(), set.version(), Map.of(), text("ticket.sla.stale"));
		}
	}

	/** {@code targets[3].resolutionMinutes} as the page names it: {@code urgent.resolution}. */
	private static String pageField(String field) {
		if (!field.startsWith("targets[")) {
			return field;
		}
		int index = Integer.parseInt(field.substring(8, field.indexOf(']')));
		String code = TicketPriority.values()[index].code();
		return code + (field.endsWith("resolutionMinutes") ? ".resolution" : ".firstResponse");
	}

	private static @Nullable Integer minutes(@Nullable String text, String field, Violations violations) {
		try {
			return Integer.valueOf(text == null ? "" : text.strip());
		}
		catch (NumberFormatException ex) {
			violations.add(field, "must be a whole number of minutes");
			return null;
		}
	}

	private String page(Model model, List<SlaTarget> shown, long version, Map<String, String> errors,
			@Nullable String problem) {
		model.addAttribute("targets", shown);
		model.addAttribute("version", version);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		Map<String, String> labels = new java.util.LinkedHashMap<>();
		for (TicketPriority priority : TicketPriority.values()) {
			String name = text("ticket.priority." + priority.code());
			labels.put(priority.code() + ".firstResponse", messages.getMessage("ticket.sla.firstResponseOf",
					new Object[] { name }, LocaleContextHolder.getLocale()));
			labels.put(priority.code() + ".resolution", messages.getMessage("ticket.sla.resolutionOf",
					new Object[] { name }, LocaleContextHolder.getLocale()));
		}
		model.addAttribute("labels", labels);
		return "ticket/sla";
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
