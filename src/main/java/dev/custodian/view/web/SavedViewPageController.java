package dev.custodian.view.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.view.SavedView;
import dev.custodian.view.SavedViews;
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

	SavedViewPageController(SavedViews views) {
		this.views = views;
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
			redirect.addFlashAttribute("notice", "View saved.");
			return "redirect:/" + list + "?view=" + view.id();
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("viewProblem", "The view was not saved: its "
					+ String.join("; its ", ex.violations().stream().map(v -> v.field() + " " + v.message()).toList())
					+ ".");
			return "redirect:/" + list;
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		UUID uuid = Ids.parseOrNull(id);
		if (uuid == null) {
			throw new NotFoundException("view", "(malformed id)");
		}
		String list = views.delete(uuid);
		redirect.addFlashAttribute("notice", "View deleted.");
		return "redirect:/" + list;
	}
}
