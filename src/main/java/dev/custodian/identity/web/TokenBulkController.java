package dev.custodian.identity.web;

import java.util.List;
import java.util.UUID;

import dev.custodian.identity.ApiTokens;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.ViolationWording;
import dev.custodian.shared.BulkAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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

	private final BulkAnswers answers;

	TokenBulkController(ApiTokens tokens, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.tokens = tokens;
		this.answers = new BulkAnswers(messages, violations);
	}

	@PostMapping("/account/tokens/bulk")
	String revoke(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(required = false) List<String> ids,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			List<UUID> selected = answers.selection(ids, uuid -> uuid,
					"the selection holds something that is not a token");
			int count = selected.size();
			if (!confirmed && count > 0) {
				return answers.confirm(model, "account", "/account/tokens", "revoke", selected,
						answers.text("identity.account.tokens.bulk.question", count),
						answers.text("identity.account.tokens.bulk.explanation"),
						answers.text("identity.account.tokens.bulk.button", count));
			}
			tokens.revokeAll(me, selected);
			redirect.addFlashAttribute("notice", answers.text("identity.account.tokens.bulk.revoked", count));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", answers.invalid("identity.account.tokens.bulk.invalid", ex));
		}
		catch (NotFoundException ex) {
			redirect.addFlashAttribute("problem", answers.text("identity.account.tokens.bulk.not-yours"));
		}
		return "redirect:/account/tokens";
	}
}
