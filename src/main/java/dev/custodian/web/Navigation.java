package dev.custodian.web;

import dev.custodian.identity.CustodianPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in user in every page's model, so the layout shows only the sections their role may use.
 */
@ControllerAdvice
class Navigation {

	@ModelAttribute("me")
	@Nullable CustodianPrincipal me() {
		return signedIn();
	}

	static @Nullable CustodianPrincipal signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal : null;
	}
}
