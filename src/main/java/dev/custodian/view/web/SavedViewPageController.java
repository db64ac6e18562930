package dev.custodian.view.web;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.ViolationWording;
import dev.custodian.view.SavedView;
import dev.custodian.view.SavedViews;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Saves and deletes the signed-in user's views, from the form every list page includes
 * ({@code fragments/lists :: views}): filters arrive as {@code filter.<name>} parameters. Answers go back to the
 * list's own page, whose path is the list's name, so no redirect target comes from the request.
 */
@Controller
@RequestMapping("/views")
class SavedViewPageController {

	private static final String FILTER = "filter.";

	private final SavedViews views;

	private final MessageSource messages;

	private final ViolationWording violations;

	SavedViewPageController(SavedViews views, MessageSource messages, ObjectProvider<ViolationWording> violations) {
		this.views = views;
		this.messages = messages;
		this.violations = ViolationWording.of(violations);
	}

	@PostMapping
	String save(@RequestParam String list, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String sort, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		if (!SavedViews.LISTS.contains(list)) {
			throw new NotFoundException("list", "(unknown)");
		}
		Map<String, String> filters = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith(FILTER)) {
				filters.put(key.substring(FILTER.length()), value);
			}
		});
		try {
			SavedView view = views.save(list, name, filters, sort);
			redirect.addFlashAttribute("notice", text("lists.views.saved"));
			return "redirect:/" + list + "?view=" + view.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("viewProblem", text("lists.views.notSaved", String.join("; ",
					ex.violations().stream().map(v -> text("lists.views.fieldProblem", field(v.field()),
							violations.text(v.message()))).toList())));
			return "redirect:/" + list;
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		String list = views.delete(Ids.parseOrNotFound(id, "view"));
		redirect.addFlashAttribute("notice", text("lists.views.deleted"));
		return "redirect:/" + list;
	}

	/** A text of the page in the reader's language. */
	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The name of a field of the view form as users read it (a filter keeps its code). */
	private String field(String name) {
		return messages.getMessage("lists.views.field." + name, null, name, LocaleContextHolder.getLocale());
	}
}
