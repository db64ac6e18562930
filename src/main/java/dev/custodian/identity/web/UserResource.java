package dev.custodian.identity.web;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.identity.UserAccount;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A user as the API shows it: never a password or its hash.
 */
@Schema(name = "User")
record UserResource(UUID id,
		@Schema(description = "Stored sealed; an erased former user's reads former-user- and 8 hex digits") String username,
		@Schema(description = "Stored sealed; an erased former user's is the same pseudonym") String displayName,
		String role, boolean enabled, boolean locked,
		@Schema(description = "Processing restricted (Art. 18): administrators' changes are refused (409) until it "
				+ "is lifted; the account stays usable") boolean restricted,
		@Schema(description = "An erased former user: names gone, the row kept as a pseudonym for the audit trail; it "
				+ "cannot be changed") boolean erased,
		Instant createdAt, Instant updatedAt, long version) {

	static UserResource of(UserAccount user) {
		return new UserResource(user.id().value(), user.username(), user.displayName(), user.role().name(),
				user.enabled(), user.locked(), user.restricted(), user.erased(), user.createdAt(), user.updatedAt(),
				user.version());
	}
}
