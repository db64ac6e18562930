package dev.custodian.deal;

import java.util.UUID;

import dev.custodian.identity.Permission;
import dev.custodian.shared.SignedInUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in caller as the deal code needs it: who they are and what they may see. */
final class Callers {

	private Callers() {
	}

	static @Nullable UUID id() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user.userId()
				: null;
	}

	static boolean may(String permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
	}

	/** Whether the caller sees restricted people: only with {@code restricted:read} (the DPO). */
	static boolean seeRestricted() {
		return may(Permission.RESTRICTED_READ);
	}

	/** The deal as the caller may see it: restricted people left out unless they may see them. */
	static Deal visible(Deal deal) {
		if (seeRestricted() || deal.contacts().stream().noneMatch(DealParticipant::restricted)) {
			return deal;
		}
		return deal.withContacts(deal.contacts().stream().filter(c -> !c.restricted()).toList());
	}
}
