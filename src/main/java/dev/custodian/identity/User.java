package dev.custodian.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored user with its credentials and sign-in state. Failed sign-ins are counted in the database
 * ({@link Users#recordFailedSignIn}), so that parallel guesses cannot overwrite each other's count.
 */
final class User {

	final UUID id;

	final String username;

	String displayName;

	Role role;

	String passwordHash;

	boolean enabled;

	int failedAttempts;

	@Nullable Instant lockedUntil;

	final Instant createdAt;

	Instant updatedAt;

	long version;

	/** Set when the password was generated: the next sign-in must choose a new one. */
	boolean passwordMustChange;

	User(UUID id, String username, String displayName, Role role, String passwordHash, boolean enabled,
			int failedAttempts, @Nullable Instant lockedUntil, Instant createdAt, Instant updatedAt, long version) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.role = role;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.failedAttempts = failedAttempts;
		this.lockedUntil = lockedUntil;
		this.createdAt = createdAt;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	boolean isLocked(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void signInSucceeded() {
		failedAttempts = 0;
		lockedUntil = null;
	}

	void unlock() {
		signInSucceeded();
	}

	UserAccount toAccount(Instant now) {
		return new UserAccount(new UserId(id), username, displayName, role, enabled, isLocked(now), createdAt,
				updatedAt, version);
	}
}
