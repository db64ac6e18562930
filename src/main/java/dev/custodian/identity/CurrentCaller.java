package dev.custodian.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling, for the service code that decides what a caller sees beyond what {@code @PreAuthorize} guards (a
 * restricted person left out, a record linked only when readable): read from the security context of the request or
 * job. A background job runs as no user and holds only the authorities it was given.
 */
public final class CurrentCaller {

	private CurrentCaller() {
	}

	/** Whether the caller holds the permission (a {@link Permission} such as {@code restricted:read}). */
	public static boolean has(String permission) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(permission::equals);
	}

	/** Whether the caller may see restricted people (Art. 18): only with {@code restricted:read}. */
	public static boolean seesRestricted() {
		return has(Permission.RESTRICTED_READ);
	}

	/** The signed-in user's id, or null for a job that runs as no user. */
	public static @Nullable UUID id() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal.id().value() : null;
	}
}
