package dev.custodian.identity.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.custodian.catalog.DataCategory;
import dev.custodian.identity.Role;
import dev.custodian.identity.SpecialCategoryGrants;
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
 * The administrators' page that grants special categories to roles: one row per role, one checkbox per category.
 */
@Controller
class SpecialCategoryPageController {

	private final SpecialCategoryGrants grants;

	private final MessageSource messages;

	SpecialCategoryPageController(SpecialCategoryGrants grants, MessageSource messages) {
		this.grants = grants;
		this.messages = messages;
	}

	@GetMapping("/admin/special-categories")
	@PreAuthorize("hasAuthority('user:admin')")
	String page(Model model) {
		model.addAttribute("grants", grants.all());
		model.addAttribute("categories", SpecialCategoryGrants.SPECIAL);
		return "admin/special-categories";
	}

	/**
	 * Saves every role's grants from the checkboxes named {@code <ROLE>} with a category code as value; a role
	 * without any ticked box loses every grant.
	 */
	@PostMapping("/admin/special-categories")
	@PreAuthorize("hasAuthority('user:admin')")
	String save(@RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
		Map<Role, Set<DataCategory>> before = grants.all();
		for (Role role : Role.values()) {
			List<DataCategory> chosen = new ArrayList<>();
			for (String code : form.getOrDefault(role.name(), List.of())) {
				SpecialCategoryGrants.category(code).ifPresent(chosen::add);
			}
			if (!before.get(role).equals(setOf(chosen))) {
				grants.grant(role, chosen);
			}
		}
		redirect.addFlashAttribute("notice",
				messages.getMessage("identity.special.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/admin/special-categories";
	}

	private static Set<DataCategory> setOf(List<DataCategory> chosen) {
		Set<DataCategory> set = EnumSet.noneOf(DataCategory.class);
		set.addAll(chosen);
		return set;
	}
}
