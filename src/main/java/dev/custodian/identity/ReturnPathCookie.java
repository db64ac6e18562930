package dev.custodian.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.savedrequest.SimpleSavedRequest;
import org.springframework.stereotype.Component;

/**
 * Remembers where a signed-out visitor was going, so sign-in can return there, in a short-lived cookie rather than
 * a session: an anonymous visitor creates no session row, and only the bare path is kept, never the query string
 * (a search such as {@code /contacts?q=<name>} must not be stored anywhere, the session table and its backups
 * included). Paths hold ids at most, never names.
 */
@Component
class ReturnPathCookie implements RequestCache {

	static final String NAME = "CUSTODIAN_RETURN";

	private final boolean alwaysSecure;

	ReturnPathCookie(@Value("${custodian.secure-cookies:false}") boolean alwaysSecure) {
		this.alwaysSecure = alwaysSecure;
	}

	@Override
	public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
		if (!HttpMethod.GET.matches(request.getMethod()) || request.getHeader("HX-Request") != null) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.equals("/") && safe(path)) {
			write(response, request, Base64.getUrlEncoder().withoutPadding()
				.encodeToString(path.getBytes(StandardCharsets.UTF_8)), 600);
		}
	}

	@Override
	public @Nullable SavedRequest getRequest(HttpServletRequest request, HttpServletResponse response) {
		String path = read(request);
		return path == null ? null : new SimpleSavedRequest(request.getContextPath() + path);
	}

	@Override
	public @Nullable HttpServletRequest getMatchingRequest(HttpServletRequest request, HttpServletResponse response) {
		String path = read(request);
		if (path != null && request.getRequestURI().equals(request.getContextPath() + path)) {
			removeRequest(request, response);
		}
		return null;
	}

	@Override
	public void removeRequest(HttpServletRequest request, HttpServletResponse response) {
		if (read(request) != null) {
			write(response, request, "", 0);
		}
	}

	private @Nullable String read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
				try {
					String path = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
					return safe(path) ? path : null;
				}
				catch (IllegalArgumentException ex) {
					return null;
				}
			}
		}
		return null;
	}

	/** A local path only: no other host, no query, nothing that would make the redirect leave the application. */
	private static boolean safe(String path) {
		return path.startsWith("/") && !path.startsWith("//") && path.length() <= 512 && path.indexOf('?') < 0
				&& path.indexOf('\\') < 0 && path.chars().noneMatch(c -> c < 0x21 || c > 0x7e);
	}

	private void write(HttpServletResponse response, HttpServletRequest request, String value, int maxAgeSeconds) {
		ResponseCookie cookie = ResponseCookie.from(NAME, value)
			.path("/")
			.httpOnly(true)
			.secure(alwaysSecure || request.isSecure())
			.sameSite("Lax")
			.maxAge(maxAgeSeconds)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}
}
