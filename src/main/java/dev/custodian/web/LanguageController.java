package dev.custodian.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch: remembers the choice in a cookie and goes back to the page it was made on (a local path
 * only, so the switch cannot be used to send anyone elsewhere).
 */
@Controller
class LanguageController {

	private final Languages languages;

	LanguageController(Languages languages) {
		this.languages = languages;
	}

	@GetMapping("/language")
	String choose(@RequestParam(required = false) @Nullable String lang,
			@RequestParam(required = false) @Nullable String next, HttpServletRequest request,
			HttpServletResponse response) {
		Locale chosen = Languages.supported(lang);
		if (chosen != null) {
			languages.setLocale(request, response, chosen);
		}
		boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && next.indexOf('\\') < 0
				&& next.chars().noneMatch(c -> c < 0x21 || c > 0x7e);
		return "redirect:" + (local ? next : "/");
	}
}
