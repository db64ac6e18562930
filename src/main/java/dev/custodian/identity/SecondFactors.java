package dev.custodian.identity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors: TOTP enrolment with ten single-use recovery codes, checking a code at sign-in (a wrong one
 * counts toward the lock-out like a wrong password), and an administrator's reset. The TOTP secret is sealed by
 * the vault under the user's own data key (the one their names are sealed under, destroyed when a former user is
 * erased), in the column the data catalogue declares sealed; a reset deletes it.
 */
@Service
public class SecondFactors {

	static final int RECOVERY_CODES = 10;

	static final String TABLE = "user_second_factors";

	static final String COLUMN = "totp_secret";

	private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

	private final SecureRandom random = new SecureRandom();

	private final SecondFactorStore store;

	private final Users users;

	private final Vault vault;

	private final SecuritySettings settings;

	private final AuditLog audit;

	SecondFactors(SecondFactorStore store, Users users, Vault vault, SecuritySettings settings, AuditLog audit) {
		this.store = store;
		this.users = users;
		this.vault = vault;
		this.settings = settings;
		this.audit = audit;
	}

	/** What checking a code at sign-in found. */
	enum Check {
		ACCEPTED, REJECTED, LOCKED
	}

	/** Whether the user has a confirmed second factor. */
	@Transactional(readOnly = true)
	public boolean enrolled(UserId user) {
		return store.confirmed(user.value());
	}

	/** Whether the user's role makes a second factor mandatory. */
	public boolean required(Role role) {
		return settings.requiresSecondFactor(role);
	}

	@Transactional(readOnly = true)
	public long recoveryCodesLeft(UserId user) {
		return store.unusedRecoveryCodes(user.value());
	}

	/**
	 * The enrolment in progress, or a new one with a fresh secret, kept sealed until a first code confirms it.
	 * @throws ConflictException when the user already has a confirmed second factor
	 */
	@Transactional
	public Enrolment begin(UserId user) {
		User stored = users.byId(user.value()).orElseThrow(() -> new NotFoundException("user", user));
		Optional<SecondFactorStore.Stored> existing = store.find(stored.id);
		if (existing.isPresent() && existing.get().confirmed()) {
			throw new ConflictException("A second factor is already set up", Map.of("userId", stored.id));
		}
		String secret;
		if (existing.isPresent()) {
			secret = secret(stored.id, existing.get());
		}
		else {
			secret = TotpCodes.newSecret();
			store.savePending(stored.id, SealedColumns.seal(keys(stored.id), stored.id, TABLE, COLUMN, secret));
		}
		return new Enrolment(secret, TotpCodes.qrCode(secret, stored.username));
	}

	/**
	 * Confirms enrolment with a first code from the authenticator and returns the recovery codes, shown this once.
	 * @throws InvalidInputException naming {@code code} when it does not match
	 */
	@Transactional
	public List<String> confirm(UserId user, String code) {
		SecondFactorStore.Stored pending = store.find(user.value())
			.filter(stored -> !stored.confirmed())
			.orElseThrow(() -> InvalidInputException.of("code", "has no set-up to confirm; scan the code shown now and try again"));
		long step = TotpCodes.matchingStep(secret(user.value(), pending), code, 0, Instant.now());
		if (step < 0 || !store.confirm(user.value(), step)) {
			throw InvalidInputException.of("code", "does not match; check the time on your device and try again");
		}
		audit.record(AuditAction.CREATE, "second-factor", user.value(), List.of());
		return newRecoveryCodes(user.value());
	}

	/**
	 * Lets users turn off their own second factor, proving it with a current code, unless their role requires one.
	 * @throws InvalidInputException naming {@code code} when it is wrong, or the role requires a second factor
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public void turnOff(UserId user, String code) {
		User stored = users.byId(user.value()).orElseThrow(() -> new NotFoundException("user", user));
		if (required(stored.role)) {
			throw InvalidInputException.of("code", "cannot be turned off: your role requires a second factor");
		}
		if (check(stored.id, code) != Check.ACCEPTED) {
			throw InvalidInputException.of("code", "is not a current code or an unused recovery code");
		}
		forget(stored.id);
		audit.record(AuditAction.DELETE, "second-factor", stored.id, List.of());
	}

	/**
	 * Removes a user's second factor, recovery codes and remembered devices, so they enrol afresh at their next
	 * sign-in. For a user who lost their device.
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public void reset(UserId user) {
		User stored = users.byId(user.value()).orElseThrow(() -> new NotFoundException("user", user));
		forget(stored.id);
		audit.record(AuditAction.DELETE, "second-factor", stored.id, List.of());
	}

	/**
	 * Checks a TOTP code or an unused recovery code. A wrong code is a failed sign-in: it counts toward the
	 * lock-out, and a locked or disabled account accepts no code at all.
	 */
	@Transactional
	Check check(UUID userId, String code) {
		User user = users.byId(userId).orElse(null);
		Instant now = Instant.now();
		if (user == null || !user.enabled || user.isLocked(now)) {
			return Check.LOCKED;
		}
		SecondFactorStore.Stored stored = store.find(userId).filter(SecondFactorStore.Stored::confirmed).orElse(null);
		boolean accepted = false;
		if (stored != null) {
			long step = TotpCodes.matchingStep(secret(userId, stored), code, stored.lastStep(), now);
			accepted = step >= 0 ? store.acceptStep(userId, step)
					: store.useRecoveryCode(userId, ApiTokens.hash(normalisedRecoveryCode(code)));
		}
		if (!accepted) {
			users.recordFailedSignIn(userId, settings.lockoutThreshold(), now.plus(settings.lockoutDuration()));
			return users.byId(userId).map(u -> u.isLocked(now)).orElse(true) ? Check.LOCKED : Check.REJECTED;
		}
		if (user.failedAttempts > 0) {
			user.signInSucceeded();
			users.updateSignInState(user);
		}
		return Check.ACCEPTED;
	}

	/** Deletes the factor with its sealed secret; the user's data key stays, since it also seals their names. */
	private void forget(UUID userId) {
		store.deleteAll(userId);
	}

	private List<String> newRecoveryCodes(UUID userId) {
		List<String> codes = new ArrayList<>();
		List<String> hashes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			StringBuilder code = new StringBuilder();
			for (int c = 0; c < 16; c++) {
				if (c > 0 && c % 4 == 0) {
					code.append('-');
				}
				code.append(BASE32[random.nextInt(BASE32.length)]);
			}
			codes.add(code.toString());
			hashes.add(ApiTokens.hash(normalisedRecoveryCode(code.toString())));
		}
		store.replaceRecoveryCodes(userId, hashes);
		return codes;
	}

	private static String normalisedRecoveryCode(String code) {
		return code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
	}

	private KeyRing keys(UUID userId) {
		KeyRing ring = vault.ring(List.of(userId));
		return ring.holds(userId) ? ring : vault.newSubject(userId);
	}

	private String secret(UUID userId, SecondFactorStore.Stored stored) {
		String secret = vault.ring(List.of(userId)).open(userId, TABLE, COLUMN, stored.sealedSecret());
		if (secret == null) {
			throw new IllegalStateException("A stored second factor has no secret");
		}
		return secret;
	}
}
