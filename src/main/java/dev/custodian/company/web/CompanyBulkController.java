package dev.custodian.company.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.company.CompanyBulkActions;
import dev.custodian.company.CompanyId;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.ViolationWording;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Deletes the companies selected in the list, after a page that says how many. Mistakes come back to the list as
 * a message, with nothing changed.
 */
@Controller
@RequestMapping("/companies")
class CompanyBulkController {

	private final CompanyBulkActions bulk;

	private final MessageSource messages;

	private final ViolationWording violations;

	CompanyBulkController(CompanyBulkActions bulk, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.bulk = bulk;
		this.messages = messages;
		this.violations = ViolationWording.of(violations);
	}

	@PostMapping("/bulk")
	String bulk(@RequestParam(defaultValue = "") String action, @RequestParam(required = false) List<String> ids,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			List<CompanyId> selected = new ArrayList<>();
			for (String id : ids == null ? List.<String>of() : ids) {
				UUID uuid = Ids.parseOrNull(id);
				if (uuid == null) {
					throw InvalidInputException.of("ids", "the selection holds something that is not a company");
				}
				selected.add(new CompanyId(uuid));
			}
			if (!action.equals("delete")) {
				throw InvalidInputException.of("action", "choose what to do with the selected companies");
			}
			int count = selected.size();
			if (!confirmed) {
				model.addAttribute("listSection", "companies");
				model.addAttribute("question", text("company.bulk.confirm.question", count));
				model.addAttribute("explanation", text("company.bulk.confirm.explanation"));
				model.addAttribute("action", "/companies/bulk");
				model.addAttribute("bulkAction", "delete");
				model.addAttribute("ids", selected.stream().map(CompanyId::toString).toList());
				model.addAttribute("button", text("company.bulk.confirm.button", count));
				model.addAttribute("back", "/companies");
				return "bulk/confirm";
			}
			bulk.delete(selected);
			redirect.addFlashAttribute("notice", text("company.bulk.deleted", count));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", text("company.bulk.invalid", String.join("; ",
					ex.violations().stream().map(v -> violations.text(v.message())).toList())));
		}
		catch (NotFoundException | StaleVersionException ex) {
			redirect.addFlashAttribute("problem", text("company.bulk.stale"));
		}
		catch (RestrictedException ex) {
			redirect.addFlashAttribute("problem", text("company.bulk.restricted"));
		}
		return "redirect:/companies";
	}

	/** A text of the page in the reader's language. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
