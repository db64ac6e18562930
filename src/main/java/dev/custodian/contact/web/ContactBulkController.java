package dev.custodian.contact.web;

import java.util.List;
import java.util.UUID;

import dev.custodian.contact.ContactBulkActions;
import dev.custodian.contact.ContactId;
import dev.custodian.contact.LifecycleStage;
import dev.custodian.identity.UserId;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
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
 * Bulk actions on the contacts selected in the list: change owner, change stage, delete. A deletion is first
 * confirmed on a page that says how many contacts it erases. Mistakes come back to the list as a message, with
 * nothing changed.
 */
@Controller
@RequestMapping("/contacts/bulk")
class ContactBulkController {

	private final ContactBulkActions bulk;

	private final BulkAnswers answers;

	ContactBulkController(ContactBulkActions bulk, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.bulk = bulk;
		this.answers = new BulkAnswers(messages, violations);
	}

	@PostMapping
	String apply(@RequestParam(defaultValue = "") String action,
			@RequestParam(required = false) List<String> ids, @RequestParam(defaultValue = "") String owner,
			@RequestParam(defaultValue = "") String stage, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes redirect) {
		try {
			List<ContactId> selected = answers.selection(ids, ContactId::new,
					"the selection holds something that is not a contact");
			switch (action) {
				case "owner" -> {
					UUID ownerId = Ids.parseOrNull(owner);
					if (ownerId == null) {
						throw InvalidInputException.of("owner", "choose the new owner");
					}
					int changed = bulk.changeOwner(selected, new UserId(ownerId));
					redirect.addFlashAttribute("notice", answers.text("contact.bulk.ownerChanged", changed));
				}
				case "stage" -> {
					LifecycleStage to = LifecycleStage.fromCode(stage)
						.orElseThrow(() -> InvalidInputException.of("stage", "choose the new stage"));
					int changed = bulk.changeStage(selected, to);
					redirect.addFlashAttribute("notice", answers.text("contact.bulk.stageChanged", changed));
				}
				case "delete" -> {
					if (!confirmed) {
						return confirm(selected, model);
					}
					int deleted = bulk.delete(selected);
					redirect.addFlashAttribute("notice", answers.text("contact.bulk.deleted", deleted));
				}
				default -> throw InvalidInputException.of("action", "choose what to do with the selected contacts");
			}
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", answers.invalid("contact.bulk.invalid", ex));
		}
		catch (NotFoundException | StaleVersionException ex) {
			redirect.addFlashAttribute("problem", answers.text("contact.bulk.stale"));
		}
		catch (RestrictedException ex) {
			redirect.addFlashAttribute("problem", answers.text("contact.bulk.restricted"));
		}
		return "redirect:/contacts";
	}

	private String confirm(List<ContactId> selected, Model model) {
		int count = selected.size();
		return answers.confirm(model, "contacts", "/contacts", "delete", selected,
				answers.text("contact.bulk.confirm.question", count),
				answers.text("contact.bulk.confirm.explanation", count),
				answers.text("contact.bulk.confirm.button", count));
	}

}
