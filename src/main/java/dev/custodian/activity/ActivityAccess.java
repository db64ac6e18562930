package dev.custodian.activity;

import dev.custodian.identity.Permission;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** What the signed-in caller may see beyond the method's own permission. */
final class ActivityAccess {

	private ActivityAccess() {
	}

	/** Whether the caller sees activities about restricted people: only with {@code restricted:read}. */
	static boolean seesRestricted() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Permission.RESTRICTED_READ::equals);
	}
}
