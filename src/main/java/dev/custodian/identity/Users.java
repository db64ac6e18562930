package dev.custodian.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All users, by id or by username. Usernames and display names are sealed under each user's own data key (see
 * {@link SealedColumns}); a username is found through a keyed blind index of its case-folded form, which a unique
 * index keeps unique. Rows written before names were sealed hold their names as UTF-8 bytes until
 * {@link UserSealing} seals them; they are read either way meanwhile.
 */
@Repository
class Users {

	static final String TABLE = "users";

	private static final String COLUMNS = "id, username, display_name, names_sealed, role, password_hash, enabled, "
			+ "failed_attempts, locked_until, created_at, updated_at, version, password_must_change, restricted_at, "
			+ "erased_at";

	/** Users whose keys are fetched in one query. */
	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final Vault vault;

	Users(JdbcClient jdbc, Vault vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}

	Optional<User> byId(UUID id) {
		return open(select("where id = ?", id)).stream().findFirst();
	}

	/** The user with this username, ignoring case; erased former users have none. */
	Optional<User> byUsername(String username) {
		String folded = username.toLowerCase(Locale.ROOT);
		return open(select("where username_index = ? or (names_sealed = false and username = ?)", index(folded),
				folded.getBytes(StandardCharsets.UTF_8))).stream().findFirst();
	}

	List<User> byIds(Collection<UUID> ids) {
		List<UUID> distinct = ids.stream().distinct().toList();
		List<StoredUser> rows = new ArrayList<>();
		for (int from = 0; from < distinct.size(); from += CHUNK) {
			rows.addAll(jdbc.sql("select " + COLUMNS + " from users where id in (:ids)")
				.param("ids", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
				.query(StoredUser::map)
				.list());
		}
		return open(rows);
	}

	/** Every user, oldest first: names are sealed, so the database cannot order by them. */
	List<User> all() {
		return open(select("order by created_at, id"));
	}

	long count() {
		return jdbc.sql("select count(*) from users").query(Long.class).single();
	}

	/**
	 * Counts the other enabled administrators, after locking the rows of every administrator and of the user, in
	 * id order. Two administrators demoting each other at the same moment thus queue up on the same locks taken in
	 * the same order, instead of each holding the other's row (a deadlock); the count is a fresh statement after
	 * the locks, so the second sees the first one's demotion.
	 */
	long countEnabledAdminsOtherThan(UUID id) {
		jdbc.sql("select id from users where role = 'ADMIN' or id = ? order by id for update").param(id)
			.query(UUID.class)
			.list();
		return jdbc.sql("select count(*) from users where role = 'ADMIN' and enabled = true and id <> ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	/**
	 * Counts a failed sign-in in the database itself, so parallel guesses cannot overwrite each other's count,
	 * and locks the account when the count reaches the threshold.
	 */
	void recordFailedSignIn(UUID id, int threshold, Instant lockUntil) {
		jdbc.sql("update users set failed_attempts = failed_attempts + 1 where id = ?").param(id).update();
		jdbc.sql("update users set failed_attempts = 0, locked_until = ? where id = ? and failed_attempts >= ?")
			.params(DbTime.param(lockUntil), id, threshold)
			.update();
	}

	/** Stores a new user, names sealed under a new data key of theirs, in the caller's transaction. */
	void insert(User user) {
		KeyRing ring = vault.newSubject(user.id);
		jdbc.sql("insert into users (" + COLUMNS + ", username_index) "
				+ "values (?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(user.id, seal(ring, user.id, "username", user.username),
					seal(ring, user.id, "display_name", user.displayName), user.role.name(), user.passwordHash,
					user.enabled, user.failedAttempts, DbTime.param(user.lockedUntil), DbTime.param(user.createdAt),
					DbTime.param(user.updatedAt), user.version, user.passwordMustChange, DbTime.param(user.restrictedAt),
					DbTime.param(user.erasedAt), index(user.username))
			.update();
	}

	/**
	 * Saves profile changes if nobody saved another version in between, names sealed afresh.
	 * @return whether the row was at the expected version
	 */
	boolean update(User user, long expectedVersion) {
		boolean named = !user.erased();
		KeyRing ring = named ? keys(user.id) : null;
		return jdbc.sql("""
				update users set username = ?, display_name = ?, username_index = ?, names_sealed = true, role = ?,
				       password_hash = ?, enabled = ?, failed_attempts = ?, locked_until = ?, updated_at = ?, version = ?,
				       password_must_change = ?
				where id = ? and version = ?""")
			.params(named ? seal(ring, user.id, "username", user.username) : null,
					named ? seal(ring, user.id, "display_name", user.displayName) : null,
					named ? index(user.username) : null, user.role.name(), user.passwordHash, user.enabled,
					user.failedAttempts, DbTime.param(user.lockedUntil), DbTime.param(user.updatedAt), user.version,
					user.passwordMustChange, user.id, expectedVersion)
			.update() == 1;
	}

	/** Saves only the sign-in counters; they change without bumping the profile version. */
	void updateSignInState(User user) {
		jdbc.sql("update users set failed_attempts = ?, locked_until = ? where id = ?")
			.params(user.failedAttempts, DbTime.param(user.lockedUntil), user.id)
			.update();
	}

	/**
	 * Seals the names of up to {@code batch} rows written before names were sealed, locking them first ({@code SKIP
	 * LOCKED}, so several nodes share the work); returns how many. Runs in the caller's transaction.
	 */
	int sealUnsealed(int batch) {
		List<StoredUser> rows = jdbc.sql("select " + COLUMNS + " from users where names_sealed = false and erased_at is null "
				+ "order by id limit ? for update skip locked").param(batch).query(StoredUser::map).list();
		for (User user : open(rows)) {
			KeyRing ring = keys(user.id);
			jdbc.sql("update users set username = ?, display_name = ?, username_index = ?, names_sealed = true where id = ?")
				.params(seal(ring, user.id, "username", user.username),
						seal(ring, user.id, "display_name", user.displayName), index(user.username), user.id)
				.update();
		}
		return rows.size();
	}

	/**
	 * Marks the user restricted (keeping the first time), or lifts it with {@code null}. An erased former user has
	 * nothing left to restrict.
	 */
	void restrict(UUID id, @Nullable Instant since) {
		jdbc.sql(since == null ? "update users set restricted_at = null where id = ?"
				: "update users set restricted_at = coalesce(restricted_at, ?) where id = ? and erased_at is null")
			.params(since == null ? List.of(id) : List.of(DbTime.param(since), id))
			.update();
	}

	/**
	 * Replaces a former user by a pseudonym: names and blind index gone, disabled, restriction lifted, the row kept so
	 * that audit entries keep naming its id.
	 */
	void pseudonymise(UUID id, Instant now) {
		jdbc.sql("""
				update users set username = null, display_name = null, username_index = null, names_sealed = true,
				       enabled = false, restricted_at = null, erased_at = ?, updated_at = ?, version = version + 1
				where id = ?""")
			.params(DbTime.param(now), DbTime.param(now), id)
			.update();
	}

	/** Those of the given users whose row still holds names: an erasure a restored backup undid. */
	List<UUID> notYetErased(List<UUID> erased) {
		List<UUID> found = new ArrayList<>();
		for (int from = 0; from < erased.size(); from += CHUNK) {
			found.addAll(jdbc.sql("select id from users where erased_at is null and id in (:ids)")
				.param("ids", erased.subList(from, Math.min(erased.size(), from + CHUNK)))
				.query(UUID.class)
				.list());
		}
		return found;
	}

	private KeyRing keys(UUID user) {
		KeyRing ring = vault.ring(List.of(user));
		return ring.holds(user) ? ring : vault.newSubject(user);
	}

	private byte @Nullable [] seal(KeyRing ring, UUID user, String column, @Nullable String value) {
		return SealedColumns.seal(ring, user, TABLE, column, value);
	}

	private String index(String username) {
		return vault.index().exact("username", username.toLowerCase(Locale.ROOT));
	}

	private List<StoredUser> select(String clause, Object... params) {
		return jdbc.sql("select " + COLUMNS + " from users " + clause).params(params).query(StoredUser::map).list();
	}

	/** Opens the names of the rows, fetching the keys of many users at once. */
	private List<User> open(List<StoredUser> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<StoredUser> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			KeyRing ring = vault.ring(chunk.stream().filter(StoredUser::sealed).map(row -> row.user().id).toList());
			chunk.forEach(row -> row.open(ring));
		}
		return rows.stream().map(StoredUser::user).toList();
	}
}
