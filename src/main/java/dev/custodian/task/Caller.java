package dev.custodian.task;

import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in caller, as the task services need it: who they are and what they may do. */
final class Caller {

	private Caller() {
	}

	/** The signed-in user's id, or null outside a user's request (a background job). */
	static @Nullable UUID id() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal.id().value() : null;
	}

	static boolean can(String permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission::equals);
	}
}
