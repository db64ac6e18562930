package dev.custodian.identity.web;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.ApiTokens;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.IssuedToken;
import dev.custodian.identity.TokenRequest;
import dev.custodian.identity.UserManagement;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.Ids;
import dev.custodian.shared.ListCount;
import dev.custodian.view.SavedView;
import dev.custodian.view.SavedViews;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A user's own account: their password, the time zone pages show dates in, and their API tokens (create one, its
 * secret shown once; see when each was last used; revoke).
 */
@Controller
@RequestMapping("/account")
class AccountPageController {

	private final ApiTokens tokens;

	private final UserManagement users;

	private final UserTimeZones zones;

	private final MessageSourceAccessor texts;

	private final SavedViews views;

	AccountPageController(ApiTokens tokens, UserManagement users, UserTimeZones zones, MessageSource messages,
			SavedViews views) {
		this.views = views;
		this.tokens = tokens;
		this.users = users;
		this.zones = zones;
		this.texts = new MessageSourceAccessor(messages);
	}

	@GetMapping("/password")
	String passwordForm(Model model) {
		model.addAttribute("errors", java.util.Map.of());
		return "account/password";
	}

	@PostMapping("/password")
	String changePassword(@AuthenticationPrincipal CustodianPrincipal me,
			@RequestParam(defaultValue = "") String currentPassword, @RequestParam(defaultValue = "") String newPassword,
			Model model, RedirectAttributes redirect) {
		try {
			users.changeOwnPassword(me.id(), currentPassword, newPassword);
			redirect.addFlashAttribute("notice", texts.getMessage("identity.account.password-changed"));
			return "redirect:/account/tokens";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.byField());
			return "account/password";
		}
	}

	@GetMapping("/tokens")
	String tokens(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(required = false) @Nullable String view,
			@RequestParam(required = false) @Nullable String state, @RequestParam(required = false) @Nullable String sort,
			Model model) {
		UUID viewId = Ids.parseOrNull(view);
		if (viewId != null) {
			SavedView saved = views.mine(TokenList.NAME, viewId);
			state = saved.filter("state");
			sort = saved.sort();
			model.addAttribute("currentView", viewId);
		}
		TokenList list = TokenList.of(tokens.list(me), state, sort);
		model.addAttribute("tokens", list.shown());
		model.addAttribute("count", ListCount.of(list.shown().size()));
		model.addAttribute("state", list.state());
		model.addAttribute("sort", list.sort());
		model.addAttribute("sorts", TokenList.SORTS);
		model.addAttribute("views", views.mine(TokenList.NAME));
		model.addAttribute("viewFilters", list.state().isEmpty() ? Map.of() : Map.of("state", list.state()));
		return account(me, model);
	}

	private String account(CustodianPrincipal me, Model model) {
		model.addAttribute("grantable", me.permissionsInOrder());
		model.addAttribute("zones", zones.choices());
		model.addAttribute("defaultZone", zones.defaultZone().getId());
		if (!model.containsAttribute("chosenZone")) {
			model.addAttribute("chosenZone", zones.chosenBy(me.id()).map(ZoneId::getId).orElse(""));
		}
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", java.util.Map.of());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", new TokenRequest(null, 90, null));
		}
		return "account/tokens";
	}

	@PostMapping("/tokens")
	String create(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(required = false) @Nullable String name,
			@RequestParam(required = false) @Nullable Integer expiresInDays,
			@RequestParam(required = false) @Nullable List<String> scopes, Model model) {
		try {
			// Rendered straight away rather than redirected: the secret must not pass through the session store.
			IssuedToken issued = tokens.issue(me, new TokenRequest(name, expiresInDays, scopes));
			model.addAttribute("issued", issued);
			return tokens(me, null, null, null, model);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.byField());
			model.addAttribute("tokenForm", new TokenRequest(name, expiresInDays, scopes));
			return tokens(me, null, null, null, model);
		}
	}

	@PostMapping("/time-zone")
	String chooseTimeZone(@AuthenticationPrincipal CustodianPrincipal me,
			@RequestParam(required = false) @Nullable String timeZone, Model model, RedirectAttributes redirect) {
		try {
			zones.choose(me.id(), timeZone);
			redirect.addFlashAttribute("notice", texts.getMessage("identity.account.zone.chosen",
					new Object[] { zones.zoneOf(me.id()).getId() }));
			return "redirect:/account/tokens";
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.byField());
			return tokens(me, null, null, null, model);
		}
	}

	@PostMapping("/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal CustodianPrincipal me, @PathVariable String id,
			RedirectAttributes redirect) {
		tokens.revoke(me, Ids.parseOrNotFound(id, "api-token"));
		redirect.addFlashAttribute("notice", texts.getMessage("identity.account.tokens.revoked-notice"));
		return "redirect:/account/tokens";
	}
}
