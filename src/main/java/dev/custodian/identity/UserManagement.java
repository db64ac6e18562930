package dev.custodian.identity;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Creates and changes users. Administration needs {@link Permission#USER_ADMIN}; looking users up by id (to
 * show a contact's owner, say) is open to every signed-in module.
 */
@Service
public class UserManagement {

	static final int MIN_PASSWORD = 12;

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final Users users;

	private final PasswordEncoder passwords;

	private final AuditLog audit;

	private final SecuritySettings settings;

	private final PasswordResetEffects resetEffects;

	UserManagement(Users users, PasswordEncoder passwords, AuditLog audit, SecuritySettings settings,
			PasswordResetEffects resetEffects) {
		this.users = users;
		this.passwords = passwords;
		this.audit = audit;
		this.settings = settings;
		this.resetEffects = resetEffects;
	}

	/** Every user, names opened, oldest first (names are sealed, so the database cannot sort by them). */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public List<UserAccount> list() {
		Instant now = Instant.now();
		return users.all().stream().map(user -> user.toAccount(now)).toList();
	}

	/** Enabled users, for choosing a contact's owner. */
	@Transactional(readOnly = true)
	public List<UserAccount> activeUsers() {
		Instant now = Instant.now();
		return users.all().stream().filter(user -> user.enabled).map(user -> user.toAccount(now)).toList();
	}

	/**
	 * Every user's id in the order of their display names (ignoring case, then by username), for lists that sort by a
	 * user's name: names are sealed, so only the opened names can be ordered. Ids only, no names.
	 */
	@Transactional(readOnly = true)
	public List<UserId> idsInNameOrder() {
		return users.all()
			.stream()
			.sorted(java.util.Comparator.comparing((User user) -> user.displayName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(user -> user.username))
			.map(user -> new UserId(user.id))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<UserAccount> find(UserId id) {
		return users.byId(id.value()).map(user -> user.toAccount(Instant.now()));
	}

	/**
	 * The signed-in form of an enabled user, for background work done on their behalf (an import they started):
	 * it runs with their role's permissions and its audit entries name them. Empty when the user is disabled or
	 * gone, so work of someone whose access was withdrawn stops.
	 */
	@Transactional(readOnly = true)
	public Optional<Authentication> actingAs(UserId id) {
		return principalOf(id).map(principal -> UsernamePasswordAuthenticationToken.authenticated(principal, null,
					principal.authorities()));
	}

	/**
	 * The principal of an enabled user, as a sign-in makes it (the permissions the user's role grants now): for work
	 * done later on the user's behalf, such as a background export, so it is permitted and audited as the user's.
	 * Empty for a disabled or unknown user, whose pending work must not run.
	 */
	@Transactional(readOnly = true)
	public Optional<CustodianPrincipal> principalOf(UserId id) {
		return users.byId(id.value()).filter(user -> user.enabled).map(user -> CustodianPrincipal.of(user, "user"));
	}

	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public UserAccount get(UserId id) {
		return find(id).orElseThrow(() -> new NotFoundException("user", id));
	}

	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public UserAccount create(UserForm form) {
		Violations violations = new Violations();
		String username = Text.clean(form.username());
		if (username == null) {
			violations.add("username", "is required");
		}
		else {
			username = username.toLowerCase(Locale.ROOT);
			if (!USERNAME.matcher(username).matches()) {
				violations.add("username", "must be 2 to 64 letters, digits, dots, dashes or underscores");
			}
		}
		String displayName = Text.limited(form.displayName(), 200, "displayName", violations);
		Role role = role(form.role(), violations);
		String password = form.password();
		if (password == null || password.isEmpty()) {
			violations.add("password", "is required");
		}
		else {
			checkPassword(password, violations);
		}
		violations.throwIfAny();
		Optional<User> existing = users.byUsername(username);
		if (existing.isPresent()) {
			throw new ConflictException("That username is taken", Map.of("existingUserId", existing.get().id));
		}
		Instant now = DbTime.now();
		User user = new User(Ids.newId(), username, displayName == null ? username : displayName, role,
				passwords.encode(password), form.enabled() == null || form.enabled(), 0, null, now, now, 0);
		try {
			users.insert(user);
		}
		catch (DuplicateKeyException ex) {
			// another request took the same username a moment ago (the unique index on its blind index)
			throw new ConflictException("That username is taken", Map.of());
		}
		audit.record(AuditAction.CREATE, "user", user.id, List.of());
		return user.toAccount(now);
	}

	/**
	 * Changes a user; fields left {@code null} keep their value. A new password also lifts a lock-out and ends
	 * the user's browser sessions; the API tokens stay (see the overload).
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public UserAccount update(UserId id, UserForm form, long expectedVersion) {
		return update(id, form, expectedVersion, false);
	}

	/**
	 * Changes a user; fields left {@code null} keep their value. A new password also lifts a lock-out, ends the
	 * user's browser sessions and forgets their remembered devices, and with {@code revokeTokens} revokes every
	 * API token of theirs, all in one transaction.
	 * @throws ConflictException when processing of the user is restricted (Art. 18), when they are an erased former
	 * user, or when this would leave no enabled administrator
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public UserAccount update(UserId id, UserForm form, long expectedVersion, boolean revokeTokens) {
		User user = users.byId(id.value()).orElseThrow(() -> new NotFoundException("user", id));
		if (user.erased()) {
			throw new ConflictException("This former user was erased: the pseudonymous account cannot change", Map.of());
		}
		if (user.restrictedAt != null) {
			throw new ConflictException("Processing of this user's data is restricted: it cannot be changed until the "
					+ "restriction is lifted", Map.of());
		}
		if (user.version != expectedVersion) {
			throw new StaleVersionException(user.version);
		}
		Violations violations = new Violations();
		if (form.username() != null && !form.username().trim().equalsIgnoreCase(user.username)) {
			violations.add("username", "cannot be changed");
		}
		String displayName = Text.limited(form.displayName(), 200, "displayName", violations);
		Role role = form.role() == null ? user.role : role(form.role(), violations);
		if (form.password() != null && !form.password().isEmpty()) {
			checkPassword(form.password(), violations);
		}
		violations.throwIfAny();
		boolean enabled = form.enabled() == null ? user.enabled : form.enabled();
		boolean staysAdmin = role == Role.ADMIN && enabled;
		if (user.role == Role.ADMIN && !staysAdmin && users.countEnabledAdminsOtherThan(user.id) == 0) {
			throw new ConflictException("This is the last enabled administrator", Map.of("userId", user.id));
		}
		if (displayName != null) {
			user.displayName = displayName;
		}
		user.role = role;
		user.enabled = enabled;
		boolean passwordReset = form.password() != null && !form.password().isEmpty();
		if (passwordReset) {
			user.passwordHash = passwords.encode(form.password());
			user.unlock();
		}
		user.updatedAt = DbTime.now();
		user.version++;
		if (!users.update(user, expectedVersion)) {
			throw new StaleVersionException(expectedVersion + 1);
		}
		if (passwordReset) {
			resetEffects.apply(user.id, revokeTokens);
		}
		audit.record(AuditAction.UPDATE, "user", user.id, List.of());
		return user.toAccount(Instant.now());
	}

	/**
	 * Lets signed-in users change their own password, proving the current one first. Wrong current passwords
	 * count toward the sign-in lock-out (the failure is kept although the change is refused), and a locked
	 * account cannot change its password until the lock ends.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code currentPassword} or {@code newPassword}
	 */
	@Transactional(noRollbackFor = InvalidInputException.class)
	public void changeOwnPassword(UserId me, String currentPassword, String newPassword) {
		User user = users.byId(me.value()).orElseThrow(() -> new NotFoundException("user", me));
		Violations violations = new Violations();
		Instant now = Instant.now();
		if (user.isLocked(now)) {
			throw InvalidInputException.of("currentPassword", "cannot be checked now: too many failed attempts; "
					+ "try again later");
		}
		if (!passwords.matches(currentPassword, user.passwordHash)) {
			users.recordFailedSignIn(user.id, settings.lockoutThreshold(), now.plus(settings.lockoutDuration()));
			violations.add("currentPassword", "is not your current password");
		}
		checkPassword("newPassword", newPassword, violations);
		if (violations.isEmpty() && newPassword.equals(currentPassword)) {
			violations.add("newPassword", "must differ from the current one");
		}
		violations.throwIfAny();
		user.passwordHash = passwords.encode(newPassword);
		user.passwordMustChange = false;
		user.updatedAt = DbTime.now();
		long expected = user.version;
		user.version++;
		if (!users.update(user, expected)) {
			throw new StaleVersionException(expected + 1);
		}
		audit.record(AuditAction.UPDATE, "user", user.id, List.of());
	}

	/**
	 * Replaces a generated password during the sign-in that must replace it (the user proved the old one a moment
	 * ago, in the same sign-in).
	 * @throws InvalidInputException naming {@code password}
	 */
	@Transactional
	void replaceGeneratedPassword(UserId me, String newPassword) {
		User user = users.byId(me.value()).orElseThrow(() -> new NotFoundException("user", me));
		Violations violations = new Violations();
		checkPassword(newPassword, violations);
		if (violations.isEmpty() && passwords.matches(newPassword, user.passwordHash)) {
			violations.add("password", "must differ from the generated one");
		}
		violations.throwIfAny();
		user.passwordHash = passwords.encode(newPassword);
		user.passwordMustChange = false;
		user.updatedAt = DbTime.now();
		long expected = user.version;
		user.version++;
		if (!users.update(user, expected)) {
			throw new StaleVersionException(expected + 1);
		}
		audit.record(AuditAction.UPDATE, "user", user.id, List.of());
	}

	/** Lifts a lock-out after too many failed sign-ins. */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public UserAccount unlock(UserId id) {
		User user = users.byId(id.value()).orElseThrow(() -> new NotFoundException("user", id));
		user.unlock();
		users.updateSignInState(user);
		audit.record(AuditAction.UPDATE, "user", user.id, List.of());
		return user.toAccount(Instant.now());
	}

	/**
	 * Creates the first administrator on an empty installation.
	 * @param generated whether the password was generated (and printed in the log): it must then be replaced at
	 * the first sign-in
	 * @return whether a user was created
	 */
	@Transactional
	boolean createFirstAdmin(String password, boolean generated) {
		if (users.count() > 0) {
			return false;
		}
		Instant now = DbTime.now();
		User admin = new User(Ids.newId(), "admin", "Administrator", Role.ADMIN, passwords.encode(password), true, 0,
				null, now, now, 0);
		admin.passwordMustChange = generated;
		try {
			users.insert(admin);
		}
		catch (DuplicateKeyException ex) {
			// another node created it at the same moment; its key made here goes with this transaction
			TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			return false;
		}
		return true;
	}

	static void checkPassword(String password, Violations violations) {
		checkPassword("password", password, violations);
	}

	/** Checks a password the form or request names {@code field}, so its error lands beside that field. */
	static void checkPassword(String field, String password, Violations violations) {
		if (password.length() < MIN_PASSWORD) {
			violations.add(field, "must be at least " + MIN_PASSWORD + " characters");
		}
		else if (password.length() > 128) {
			violations.add(field, "must be at most 128 characters");
		}
	}

	private static Role role(@Nullable String text, Violations violations) {
		if (text == null || text.isBlank()) {
			violations.add("role", "is required");
			return Role.READ_ONLY;
		}
		Optional<Role> role = Role.parse(text);
		if (role.isEmpty()) {
			violations.add("role", "must be one of " + List.of(Role.values()));
			return Role.READ_ONLY;
		}
		return role.get();
	}
}
