package dev.custodian.identity.web;

import java.util.Map;

import dev.custodian.identity.Role;
import dev.custodian.identity.SecondFactors;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserForm;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration pages (administrators only; {@link UserManagement} enforces it).
 */
@Controller
@RequestMapping("/users")
@PreAuthorize("hasAuthority('user:admin')")
class UserPageController {

	private final UserManagement users;

	private final SecondFactors secondFactors;

	private final MessageSourceAccessor texts;

	UserPageController(UserManagement users, SecondFactors secondFactors, MessageSource messages) {
		this.users = users;
		this.secondFactors = secondFactors;
		this.texts = new MessageSourceAccessor(messages);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		return form(model, null, new UserForm(null, null, "SALES", null, true), Map.of(), null);
	}

	@PostMapping
	String create(@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(defaultValue = "false") boolean enabled, Model model, RedirectAttributes redirect) {
		UserForm form = new UserForm(username, displayName, role, password, enabled);
		try {
			users.create(form);
			redirect.addFlashAttribute("notice", texts.getMessage("identity.users.created"));
			return "redirect:/users";
		}
		catch (InvalidInputException ex) {
			return form(model, null, form, ex.byField(), null);
		}
		catch (ConflictException ex) {
			return form(model, null, form, Map.of("username", "is taken"), null);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable String id, Model model) {
		UserAccount user = users.get(userId(id));
		return form(model, user, new UserForm(user.username(), user.displayName(), user.role().name(), null,
				user.enabled()), Map.of(), unchangeable(user));
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String displayName,
			@RequestParam(required = false) @Nullable String role,
			@RequestParam(required = false) @Nullable String password,
			@RequestParam(defaultValue = "false") boolean enabled,
			@RequestParam(defaultValue = "false") boolean revokeTokens, Model model, RedirectAttributes redirect) {
		UserAccount user = users.get(userId(id));
		UserForm form = new UserForm(null, displayName, role, password, enabled);
		try {
			users.update(user.id(), form, version, revokeTokens);
			redirect.addFlashAttribute("notice", texts.getMessage("identity.users.saved"));
			return "redirect:/users";
		}
		catch (InvalidInputException ex) {
			return form(model, user, form, ex.byField(), null);
		}
		catch (ConflictException ex) {
			String reason = unchangeable(user);
			return form(model, user, form, Map.of(), reason == null ? "identity.user.last-administrator" : reason);
		}
		catch (StaleVersionException ex) {
			return form(model, user, form, Map.of(), "identity.user.stale");
		}
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable String id, RedirectAttributes redirect) {
		secondFactors.reset(userId(id));
		redirect.addFlashAttribute("notice", texts.getMessage("identity.users.second-factor-reset"));
		return "redirect:/users";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable String id, RedirectAttributes redirect) {
		users.unlock(userId(id));
		redirect.addFlashAttribute("notice", texts.getMessage("identity.users.unlocked"));
		return "redirect:/users";
	}

	private static String form(Model model, @Nullable UserAccount user, UserForm form, Map<String, String> errors,
			@Nullable String problemKey) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("roles", Role.values());
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problemKey);
		// computed here: a fragment call may not hold a conditional over literals (Thymeleaf's restricted mode)
		model.addAttribute("passwordLabelKey",
				user == null ? "identity.user.password-new-user" : "identity.user.password-keep");
		return "user/form";
	}

	/** Why the user cannot be changed at all (erased, or restricted), as a message key; null when they can. */
	private static @Nullable String unchangeable(UserAccount user) {
		if (user.erased()) {
			return "identity.user.erased";
		}
		return user.restricted() ? "identity.user.restricted" : null;
	}

	private static UserId userId(String id) {
		return new UserId(Ids.parseOrNotFound(id, "user"));
	}
}
