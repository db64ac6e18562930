package dev.custodian.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored user with its credentials and sign-in state, names opened. Failed sign-ins are counted in the database
 * ({@link Users#recordFailedSignIn}), so that parallel guesses cannot overwrite each other's count. An erased former
 * user has no names left: both read as a pseudonym made from the id ({@link #pseudonym}).
 */
final class User {

	/** How erased former users are shown: their names are gone, the id stays for the audit trail. */
	static final String PSEUDONYM_PREFIX = "former-user-";

	final UUID id;

	String username;

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

	/** Set while processing is restricted (Art. 18): administrators cannot change the user. */
	@Nullable Instant restrictedAt;

	/** Set once the former user was erased: the names are gone, the row stays as a pseudonym. */
	@Nullable Instant erasedAt;

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

	boolean erased() {
		return erasedAt != null;
	}

	/** {@code former-user-} and the last eight hex digits of the id (its random part, in a version 7 id). */
	static String pseudonym(UUID id) {
		String text = id.toString();
		return PSEUDONYM_PREFIX + text.substring(text.length() - 8);
	}

	UserAccount toAccount(Instant now) {
		return new UserAccount(new UserId(id), username, displayName, role, enabled, isLocked(now), createdAt,
				updatedAt, version, restrictedAt != null, erased());
	}
}
