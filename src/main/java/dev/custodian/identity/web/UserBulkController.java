package dev.custodian.identity.web;

import java.util.List;

import dev.custodian.identity.UserBulkActions;
import dev.custodian.identity.UserId;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.ViolationWording;
import dev.custodian.shared.BulkAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Disables or enables the users selected in the list; disabling first shows a page that says how many. Mistakes
 * come back to the list as a message, with nothing changed.
 */
@Controller
@PreAuthorize("hasAuthority('user:admin')")
class UserBulkController {

	private final UserBulkActions bulk;

	private final BulkAnswers answers;

	UserBulkController(UserBulkActions bulk, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.bulk = bulk;
		this.answers = new BulkAnswers(messages, violations);
	}

	@PostMapping("/users/bulk")
	String bulk(@RequestParam(defaultValue = "") String action, @RequestParam(required = false) List<String> ids,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			List<UserId> selected = answers.selection(ids, UserId::new,
					"the selection holds something that is not a user");
			if (!action.equals("disable") && !action.equals("enable")) {
				throw InvalidInputException.of("action", "choose what to do with the selected users");
			}
			int count = selected.size();
			boolean enable = action.equals("enable");
			if (!enable && !confirmed && count > 0) {
				return answers.confirm(model, "users", "/users", "disable", selected,
						answers.text("identity.users.bulk.confirm.question", count),
						answers.text("identity.users.bulk.confirm.explanation"),
						answers.text("identity.users.bulk.confirm.button", count));
			}
			bulk.setEnabled(selected, enable);
			redirect.addFlashAttribute("notice",
					answers.text(enable ? "identity.users.bulk.enabled" : "identity.users.bulk.disabled", count));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", answers.invalid("identity.users.bulk.invalid", ex));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", answers.text("identity.users.bulk.last-admin"));
		}
		catch (NotFoundException | StaleVersionException ex) {
			redirect.addFlashAttribute("problem", answers.text("identity.users.bulk.stale"));
		}
		return "redirect:/users";
	}
}
