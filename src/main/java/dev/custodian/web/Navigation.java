package dev.custodian.web;

import dev.custodian.identity.CustodianPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user in every page's model, so the layout shows only the sections their role may use,
 * and the path of the page, for the language switch.
 */
@ControllerAdvice
class Navigation {

	@ModelAttribute("me")
	@Nullable CustodianPrincipal me() {
		return signedIn();
	}

	/**
	 * The path of the page, without its query, for the language switch to come back to (the query could hold
	 * a one-time value or make the link too long; a list simply starts again).
	 */
	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.isEmpty() ? "/" : path;
	}

	static @Nullable CustodianPrincipal signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal : null;
	}
}
