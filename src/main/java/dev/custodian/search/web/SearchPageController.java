package dev.custodian.search.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.custodian.search.GlobalSearch;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The global search: the top bar's box asks {@code POST /search} as the user types (htmx, answered with the
 * results alone) and, without JavaScript or on Enter, submits to the same address for the full results page. The
 * text comes only in the POST body and the page is rendered from the POST, so it never lands in a URL, a
 * browser's history or an access log.
 */
@Controller
@RequestMapping("/search")
class SearchPageController {

	/** Hits per kind under the box as one types. */
	static final int AS_YOU_TYPE = 5;

	/** Hits per kind on the results page. */
	static final int ON_THE_PAGE = 25;

	/**
	 * The kinds whose list takes a search text in a POST body, so "more" can carry the text there; other kinds'
	 * "more" opens their list without it (a list that searches by a query string would put it in the URL).
	 */
	private static final Map<String, String> LIST_SEARCHES = Map.of("contact", "/contacts/search");

	private final GlobalSearch search;

	private final MessageSource messages;

	SearchPageController(GlobalSearch search, MessageSource messages) {
		this.search = search;
		this.messages = messages;
	}

	@GetMapping
	String page(Model model) {
		show(model, "", List.of(), false, "");
		return "search/page";
	}

	@PostMapping
	String search(@RequestParam(required = false) @Nullable String q,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		String text = q == null ? "" : q;
		boolean asYouType = htmx != null;
		List<GlobalSearch.Group> groups = List.of();
		try {
			groups = search.search(text, asYouType ? AS_YOU_TYPE : ON_THE_PAGE);
		}
		catch (InvalidInputException ex) {
			// the message names the rule, never the text
			model.addAttribute("invalid", true);
		}
		show(model, text, groups, asYouType, summary(model.containsAttribute("invalid"), text, groups));
		return asYouType ? "search/results :: results" : "search/page";
	}

	/** What the live region under the top bar's box says once the hits are in. */
	private String summary(boolean invalid, String text, List<GlobalSearch.Group> groups) {
		int shown = groups.stream().mapToInt(group -> group.hits().size()).sum();
		Locale locale = LocaleContextHolder.getLocale();
		if (invalid) {
			return messages.getMessage("search.invalid", null, locale);
		}
		if (shown == 0) {
			return text.isBlank() ? "" : messages.getMessage("search.found.none", null, locale);
		}
		return shown == 1 ? messages.getMessage("search.found.one", null, locale)
				: messages.getMessage("search.found.many", new Object[] { shown }, locale);
	}

	private static void show(Model model, String text, List<GlobalSearch.Group> groups, boolean asYouType,
			String summary) {
		model.addAttribute("summary", summary);
		model.addAttribute("q", text);
		model.addAttribute("groups", groups);
		model.addAttribute("searched", !text.isBlank());
		model.addAttribute("asYouType", asYouType);
		model.addAttribute("listSearches", LIST_SEARCHES);
	}
}
