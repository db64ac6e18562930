package dev.custodian.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.vault.SealedData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Users' second factors: the sealed TOTP secret, the hashes of recovery codes and of remembered-device cookies.
 * Every "use once" rule is a conditional update, so two requests racing with the same code cannot both win.
 */
@Repository
class SecondFactorStore implements SealedData {

	private final JdbcClient jdbc;

	SecondFactorStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Stored(byte[] sealedSecret, boolean confirmed, long lastStep) {
	}

	Optional<Stored> find(UUID user) {
		return jdbc.sql("select totp_secret, confirmed_at, last_step from user_second_factors where user_id = ?")
			.param(user)
			.query((rs, row) -> new Stored(rs.getBytes(1), rs.getObject(2) != null, rs.getLong(3)))
			.optional();
	}

	boolean confirmed(UUID user) {
		return jdbc.sql("select count(*) from user_second_factors where user_id = ? and confirmed_at is not null")
			.param(user)
			.query(Long.class)
			.single() > 0;
	}

	/** Replaces an unconfirmed enrolment; a confirmed factor stays until it is reset. */
	void savePending(UUID user, byte[] sealedSecret) {
		jdbc.sql("delete from user_second_factors where user_id = ? and confirmed_at is null").param(user).update();
		jdbc.sql("insert into user_second_factors (user_id, totp_secret, last_step, created_at) values (?, ?, 0, ?)")
			.params(user, sealedSecret, DbTime.param(DbTime.now()))
			.update();
	}

	boolean confirm(UUID user, long step) {
		return jdbc.sql("""
				update user_second_factors set confirmed_at = ?, last_step = ?
				where user_id = ? and confirmed_at is null""")
			.params(DbTime.param(DbTime.now()), step, user)
			.update() == 1;
	}

	/** Accepts a code's time step once: only if no later or equal step was accepted before. */
	boolean acceptStep(UUID user, long step) {
		return jdbc.sql("""
				update user_second_factors set last_step = ?
				where user_id = ? and confirmed_at is not null and last_step < ?""")
			.params(step, user, step)
			.update() == 1;
	}

	void replaceRecoveryCodes(UUID user, List<String> hashes) {
		jdbc.sql("delete from recovery_codes where user_id = ?").param(user).update();
		for (String hash : hashes) {
			jdbc.sql("insert into recovery_codes (user_id, code_hash) values (?, ?)").params(user, hash).update();
		}
	}

	boolean useRecoveryCode(UUID user, String hash) {
		return jdbc.sql("update recovery_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
			.params(DbTime.param(DbTime.now()), user, hash)
			.update() == 1;
	}

	long unusedRecoveryCodes(UUID user) {
		return jdbc.sql("select count(*) from recovery_codes where user_id = ? and used_at is null")
			.param(user)
			.query(Long.class)
			.single();
	}

	void rememberDevice(UUID user, String hash, Instant expiresAt) {
		Instant now = DbTime.now();
		jdbc.sql("delete from remembered_devices where user_id = ? and expires_at < ?")
			.params(user, DbTime.param(now))
			.update();
		jdbc.sql("insert into remembered_devices (token_hash, user_id, created_at, expires_at) values (?, ?, ?, ?)")
			.params(hash, user, DbTime.param(now), DbTime.param(expiresAt))
			.update();
	}

	boolean remembers(UUID user, String hash) {
		return jdbc.sql("select count(*) from remembered_devices where token_hash = ? and user_id = ? and expires_at > ?")
			.params(hash, user, DbTime.param(DbTime.now()))
			.query(Long.class)
			.single() > 0;
	}

	void forgetDevices(UUID user) {
		jdbc.sql("delete from remembered_devices where user_id = ?").param(user).update();
	}

	/** Removes the factor, its recovery codes and the remembered devices; returns how many rows that was. */
	int deleteAll(UUID user) {
		return jdbc.sql("delete from remembered_devices where user_id = ?").param(user).update()
				+ jdbc.sql("delete from recovery_codes where user_id = ?").param(user).update()
				+ jdbc.sql("delete from user_second_factors where user_id = ?").param(user).update();
	}

	/** When the user's factor was set up and confirmed with a first code (null while pending); never the secret. */
	Optional<Enrolled> enrolment(UUID user) {
		return jdbc.sql("select created_at, confirmed_at from user_second_factors where user_id = ?")
			.param(user)
			.query((rs, row) -> new Enrolled(DbTime.required(rs, "created_at"), DbTime.read(rs, "confirmed_at")))
			.optional();
	}

	record Enrolled(Instant createdAt, @Nullable Instant confirmedAt) {
	}

	/** How many browsers the user asked to remember are still remembered. */
	long rememberedDevices(UUID user) {
		return jdbc.sql("select count(*) from remembered_devices where user_id = ? and expires_at > ?")
			.params(user, DbTime.param(DbTime.now()))
			.query(Long.class)
			.single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select user_id from user_second_factors";
	}

	/** Removes the second factors of the given users, with their recovery codes and remembered devices. */
	int deleteAllOf(List<UUID> users) {
		int removed = 0;
		for (int from = 0; from < users.size(); from += 500) {
			List<UUID> chunk = users.subList(from, Math.min(users.size(), from + 500));
			jdbc.sql("delete from remembered_devices where user_id in (:ids)").param("ids", chunk).update();
			jdbc.sql("delete from recovery_codes where user_id in (:ids)").param("ids", chunk).update();
			removed += jdbc.sql("delete from user_second_factors where user_id in (:ids)").param("ids", chunk).update();
		}
		return removed;
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*) from user_second_factors").query(Long.class).single();
	}
}
