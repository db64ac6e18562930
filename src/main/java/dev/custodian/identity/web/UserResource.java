package dev.custodian.identity.web;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.identity.UserAccount;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user as the API shows it: never a password or its hash.
 */
@Schema(name = "User")
record UserResource(UUID id, String username, String displayName, String role, boolean enabled, boolean locked,
		Instant createdAt, Instant updatedAt, long version) {

	static UserResource of(UserAccount user) {
		return new UserResource(user.id().value(), user.username(), user.displayName(), user.role().name(),
				user.enabled(), user.locked(), user.createdAt(), user.updatedAt(), user.version());
	}
}
