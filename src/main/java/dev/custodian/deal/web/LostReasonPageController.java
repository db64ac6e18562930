package dev.custodian.deal.web;

import java.util.UUID;

import dev.custodian.deal.LostReasons;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.StaleVersionException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * The administrators' list of lost reasons, {@code /admin/lost-reasons}: each row renames a reason or removes it
 * (refused while lost deals name it); a form at the end adds one.
 */
@Controller
@RequestMapping("/admin/lost-reasons")
@PreAuthorize("hasAuthority('user:admin')")
class LostReasonPageController {

	private static final String LIST = "redirect:/admin/lost-reasons";

	private final LostReasons reasons;

	private final MessageSource messages;

	LostReasonPageController(LostReasons reasons, MessageSource messages) {
		this.reasons = reasons;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reasons", reasons.all());
		return "deal/lost-reasons";
	}

	@PostMapping
	String create(@RequestParam(required = false) @Nullable String name, Model model, RedirectAttributes redirect) {
		return attempt(model, redirect, () -> reasons.create(name, null));
	}

	@PostMapping("/{id}")
	String rename(@PathVariable String id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String name, Model model, RedirectAttributes redirect) {
		UUID reasonId = Ids.parseOrNotFound(id, "lost-reason");
		return attempt(model, redirect, () -> reasons.change(reasonId, name, null, version));
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, @RequestParam long version, Model model, RedirectAttributes redirect) {
		UUID reasonId = Ids.parseOrNotFound(id, "lost-reason");
		return attempt(model, redirect, () -> reasons.delete(reasonId, version));
	}

	private String attempt(Model model, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", text("deal.notice.saved"));
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.violations());
			return list(model);
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problem", text("deal.problem.reasonStale"));
		}
		catch (ConflictException ex) {
			redirect.addFlashAttribute("problem", text(ex.properties().containsKey("deals")
					? "deal.lostReasons.inUse" : "deal.lostReasons.taken"));
		}
		return LIST;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
