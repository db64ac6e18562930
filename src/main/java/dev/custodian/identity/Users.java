package dev.custodian.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All users, by id or by (lower-cased) username.
 */
@Repository
class Users {

	private static final String COLUMNS = "id, username, display_name, role, password_hash, enabled, "
			+ "failed_attempts, locked_until, created_at, updated_at, version, password_must_change";

	private final JdbcClient jdbc;

	Users(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<User> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from users where id = ?").param(id).query(Users::map).optional();
	}

	Optional<User> byUsername(String username) {
		return jdbc.sql("select " + COLUMNS + " from users where username = ?")
			.param(username)
			.query(Users::map)
			.optional();
	}

	List<User> byIds(java.util.Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from users where id in (:ids)").param("ids", ids).query(Users::map).list();
	}

	List<User> all() {
		return jdbc.sql("select " + COLUMNS + " from users order by username").query(Users::map).list();
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
	void recordFailedSignIn(UUID id, int threshold, java.time.Instant lockUntil) {
		jdbc.sql("update users set failed_attempts = failed_attempts + 1 where id = ?").param(id).update();
		jdbc.sql("update users set failed_attempts = 0, locked_until = ? where id = ? and failed_attempts >= ?")
			.params(DbTime.param(lockUntil), id, threshold)
			.update();
	}

	void insert(User user) {
		jdbc.sql("insert into users (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(user.id, user.username, user.displayName, user.role.name(), user.passwordHash, user.enabled,
					user.failedAttempts, DbTime.param(user.lockedUntil), DbTime.param(user.createdAt), DbTime.param(user.updatedAt),
					user.version, user.passwordMustChange)
			.update();
	}

	/**
	 * Saves profile changes if nobody saved another version in between.
	 * @return whether the row was at the expected version
	 */
	boolean update(User user, long expectedVersion) {
		return jdbc.sql("""
				update users set display_name = ?, role = ?, password_hash = ?, enabled = ?, failed_attempts = ?,
				       locked_until = ?, updated_at = ?, version = ?, password_must_change = ?
				where id = ? and version = ?""")
			.params(user.displayName, user.role.name(), user.passwordHash, user.enabled, user.failedAttempts,
					DbTime.param(user.lockedUntil), DbTime.param(user.updatedAt), user.version,
					user.passwordMustChange, user.id, expectedVersion)
			.update() == 1;
	}

	/** Saves only the sign-in counters; they change without bumping the profile version. */
	void updateSignInState(User user) {
		jdbc.sql("update users set failed_attempts = ?, locked_until = ? where id = ?")
			.params(user.failedAttempts, DbTime.param(user.lockedUntil), user.id)
			.update();
	}

	private static User map(ResultSet rs, int row) throws SQLException {
		User user = new User(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("enabled"),
				rs.getInt("failed_attempts"), DbTime.read(rs, "locked_until"),
				DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"), rs.getLong("version"));
		user.passwordMustChange = rs.getBoolean("password_must_change");
		return user;
	}
}
