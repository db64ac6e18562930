package dev.custodian.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.ApiTokens;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.ViolationWording;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Revokes the API tokens selected on the account page, all or nothing, after a page that says how many.
 */
@Controller
class TokenBulkController {

	private final ApiTokens tokens;

	private final MessageSource messages;

	private final ViolationWording violations;

	TokenBulkController(ApiTokens tokens, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.tokens = tokens;
		this.messages = messages;
		this.violations = ViolationWording.of(violations);
	}

	@PostMapping("/account/tokens/bulk")
	String revoke(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(required = false) List<String> ids,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			List<UUID> selected = new ArrayList<>();
			for (String id : ids == null ? List.<String>of() : ids) {
				UUID uuid = Ids.parseOrNull(id);
				if (uuid == null) {
					throw InvalidInputException.of("ids", "the selection holds something that is not a token");
				}
				selected.add(uuid);
			}
			int count = selected.size();
			if (!confirmed && count > 0) {
				model.addAttribute("listSection", "account");
				model.addAttribute("question", text("identity.account.tokens.bulk.question", count));
				model.addAttribute("explanation", text("identity.account.tokens.bulk.explanation"));
				model.addAttribute("action", "/account/tokens/bulk");
				model.addAttribute("bulkAction", "revoke");
				model.addAttribute("ids", selected.stream().map(UUID::toString).toList());
				model.addAttribute("button", text("identity.account.tokens.bulk.button", count));
				model.addAttribute("back", "/account/tokens");
				return "bulk/confirm";
			}
			tokens.revokeAll(me, selected);
			redirect.addFlashAttribute("notice", text("identity.account.tokens.bulk.revoked", count));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", text("identity.account.tokens.bulk.invalid", String.join("; ",
					ex.violations().stream().map(v -> violations.text(v.message())).toList())));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("problem", text("identity.account.tokens.bulk.not-yours"));
		}
		return "redirect:/account/tokens";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
