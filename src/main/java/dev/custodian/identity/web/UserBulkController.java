package dev.custodian.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.UserBulkActions;
import dev.custodian.identity.UserId;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.ViolationWording;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

	private final MessageSource messages;

	private final ViolationWording violations;

	UserBulkController(UserBulkActions bulk, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.bulk = bulk;
		this.messages = messages;
		this.violations = ViolationWording.of(violations);
	}

	@PostMapping("/users/bulk")
	String bulk(@RequestParam(defaultValue = "") String action, @RequestParam(required = false) List<String> ids,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			List<UserId> selected = new ArrayList<>();
			for (String id : ids == null ? List.<String>of() : ids) {
				UUID uuid = Ids.parseOrNull(id);
				if (uuid == null) {
					throw InvalidInputException.of("ids", "the selection holds something that is not a user");
				}
				selected.add(new UserId(uuid));
			}
			if (!action.equals("disable") && !action.equals("enable")) {
				throw InvalidInputException.of("action", "choose what to do with the selected users");
			}
			int count = selected.size();
			boolean enable = action.equals("enable");
			if (!enable && !confirmed && count > 0) {
				model.addAttribute("listSection", "users");
				model.addAttribute("question", text("identity.users.bulk.confirm.question", count));
				model.addAttribute("explanation", text("identity.users.bulk.confirm.explanation"));
				model.addAttribute("action", "/users/bulk");
				model.addAttribute("bulkAction", "disable");
				model.addAttribute("ids", selected.stream().map(UserId::toString).toList());
				model.addAttribute("button", text("identity.users.bulk.confirm.button", count));
				model.addAttribute("back", "/users");
				return "bulk/confirm";
			}
			bulk.setEnabled(selected, enable);
			redirect.addFlashAttribute("notice",
					text(enable ? "identity.users.bulk.enabled" : "identity.users.bulk.disabled", count));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", text("identity.users.bulk.invalid", String.join("; ",
					ex.violations().stream().map(v -> violations.text(v.message())).toList())));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", text("identity.users.bulk.last-admin"));
		}
		catch (NotFoundException | StaleVersionException ex) {
			redirect.addFlashAttribute("problem", text("identity.users.bulk.stale"));
		}
		return "redirect:/users";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}
}
