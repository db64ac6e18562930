package dev.custodian.identity.web;

import java.util.Map;

import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.Role;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page that limits roles to their own records: one checkbox per role that may be limited.
 */
@Controller
class OwnerLimitPageController {

	private final OwnerLimits limits;

	private final MessageSource messages;

	OwnerLimitPageController(OwnerLimits limits, MessageSource messages) {
		this.limits = limits;
		this.messages = messages;
	}

	@GetMapping("/admin/owner-limits")
	@PreAuthorize("hasAuthority('user:admin')")
	String page(Model model) {
		model.addAttribute("limits", limits.all());
		model.addAttribute("limitable", OwnerLimits.LIMITABLE);
		return "admin/owner-limits";
	}

	/** Saves every limitable role's limit from the checkboxes named {@code limited} with the role as value. */
	@PostMapping("/admin/owner-limits")
	@PreAuthorize("hasAuthority('user:admin')")
	String save(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Map<Role, Boolean> before = limits.all();
		for (Role role : OwnerLimits.LIMITABLE) {
			boolean chosen = form.getOrDefault("limited", java.util.List.of()).contains(role.name());
			if (before.get(role) != chosen) {
				limits.limit(role, chosen);
			}
		}
		redirect.addFlashAttribute("notice",
				messages.getMessage("identity.owner-limits.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/owner-limits";
	}
}
