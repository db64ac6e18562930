package dev.custodian.identity;

import java.time.Instant;

/**
 * A user as administrators and other modules see it, names opened; never the password hash.
 *
 * @param restricted whether processing is restricted (Art. 18): administrators cannot change the user
 * @param erased whether this is an erased former user, whose names read as a pseudonym ({@code former-user-…})
 */
public record UserAccount(UserId id, String username, String displayName, Role role, boolean enabled,
		boolean locked, Instant createdAt, Instant updatedAt, long version, boolean restricted, boolean erased) {
}
