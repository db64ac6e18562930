package dev.custodian.company.web;

import java.util.List;

import dev.custodian.company.CompanyBulkActions;
import dev.custodian.company.CompanyId;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.ViolationWording;
import dev.custodian.shared.BulkAnswers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
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

	private final BulkAnswers answers;

	CompanyBulkController(CompanyBulkActions bulk, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.bulk = bulk;
		this.answers = new BulkAnswers(messages, violations);
	}

	@PostMapping("/bulk")
	String bulk(@RequestParam(defaultValue = "") String action, @RequestParam(required = false) List<String> ids,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		try {
			List<CompanyId> selected = answers.selection(ids, CompanyId::new,
					"the selection holds something that is not a company");
			if (!action.equals("delete")) {
				throw InvalidInputException.of("action", "choose what to do with the selected companies");
			}
			int count = selected.size();
			if (!confirmed) {
				return answers.confirm(model, "companies", "/companies", "delete", selected,
						answers.text("company.bulk.confirm.question", count),
						answers.text("company.bulk.confirm.explanation"),
						answers.text("company.bulk.confirm.button", count));
			}
			bulk.delete(selected);
			redirect.addFlashAttribute("notice", answers.text("company.bulk.deleted", count));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", answers.invalid("company.bulk.invalid", ex));
		}
		catch (NotFoundException | StaleVersionException ex) {
			redirect.addFlashAttribute("problem", answers.text("company.bulk.stale"));
		}
		catch (RestrictedException ex) {
			redirect.addFlashAttribute("problem", answers.text("company.bulk.restricted"));
		}
		return "redirect:/companies";
	}
}
