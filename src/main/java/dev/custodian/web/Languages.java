package dev.custodian.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The languages of the web UI, English and German: the one chosen with the switch in the user menu (kept in a
 * cookie, so it needs no session and works before sign-in), else the best match of the browser's
 * {@code Accept-Language}, else English. Dates, numbers and currencies follow the same locale.
 */
@Component("localeResolver")
class Languages implements LocaleResolver {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

	static final String COOKIE = "CUSTODIAN_LANG";

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale chosen = supported(cookie(request));
		if (chosen != null) {
			return chosen;
		}
		if (request.getHeader("Accept-Language") == null) {
			return Locale.ENGLISH; // not the server's own locale: that would make the language depend on the machine
		}
		for (Locale wanted : Collections.list(request.getLocales())) {
			Locale match = supported(wanted.getLanguage());
			if (match != null) {
				return match;
			}
		}
		return Locale.ENGLISH;
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		if (response == null) {
			return;
		}
		Locale language = locale == null ? null : supported(locale.getLanguage());
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language == null ? "" : language.getLanguage())
			.path("/")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.maxAge(language == null ? 0 : 60L * 60 * 24 * 365)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	static @Nullable Locale supported(@Nullable String language) {
		if (language == null) {
			return null;
		}
		return SUPPORTED.stream().filter(locale -> locale.getLanguage().equalsIgnoreCase(language)).findFirst().orElse(null);
	}

	private static @Nullable String cookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}
}
