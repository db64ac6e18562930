package dev.custodian.ticket;

import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the signed-in caller may do with tickets, for the beans other modules call without a permission check. */
final class TicketAccess {

	private TicketAccess() {
	}

	static boolean may(String permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission::equals);
	}

	/** Whether the caller sees restricted requesters' tickets in lists: only with {@code restricted:read}. */
	static boolean seesRestricted() {
		return may(Permission.RESTRICTED_READ);
	}

	static @Nullable UUID me() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal.userId() : null;
	}
}
