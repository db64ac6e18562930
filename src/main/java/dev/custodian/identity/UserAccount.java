package dev.custodian.identity;

import java.time.Instant;

/**
 * A user as administrators and other modules see it; never the password hash.
 */
public record UserAccount(UserId id, String username, String displayName, Role role, boolean enabled,
		boolean locked, Instant createdAt, Instant updatedAt, long version) {
}
