package dev.custodian.company.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.company.CompanyBulkActions;
import dev.custodian.company.CompanyId;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
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

	CompanyBulkController(CompanyBulkActions bulk) {
		this.bulk = bulk;
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
			String count = selected.size() == 1 ? "1 company" : selected.size() + " companies";
			if (!confirmed) {
				model.addAttribute("listSection", "companies");
				model.addAttribute("question", "Delete " + count + "?");
				model.addAttribute("explanation", "Their contacts are kept, without a company. It cannot be undone.");
				model.addAttribute("action", "/companies/bulk");
				model.addAttribute("bulkAction", "delete");
				model.addAttribute("ids", selected.stream().map(CompanyId::toString).toList());
				model.addAttribute("button", "Delete " + count);
				model.addAttribute("back", "/companies");
				return "bulk/confirm";
			}
			bulk.delete(selected);
			redirect.addFlashAttribute("notice", count + " deleted; their contacts were kept.");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", "Nothing was changed: " + String.join("; ",
					ex.violations().stream().map(v -> v.message()).toList()) + ".");
		}
		catch (NotFoundException | StaleVersionException ex) {
			redirect.addFlashAttribute("problem", "Nothing was changed: one of the selected companies was changed or "
					+ "deleted meanwhile. Look at the list again and retry.");
		}
		return "redirect:/companies";
	}

}
