package dev.custodian.contact;

import java.util.Optional;
import java.util.UUID;

import dev.custodian.identity.CurrentCaller;
import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Restriction of processing (Art. 18) as the contact table stores it: {@code restricted_at}, since when a contact may
 * only be stored. Setting or lifting it is a new version of the contact, so a client holding an older ETag re-reads
 * before it changes anything; it leaves {@code updated_at} alone, as the person's data did not change.
 */
@Repository
class ContactRestrictions {

	private final JdbcClient jdbc;

	ContactRestrictions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Locks the contact's row for the rest of the caller's transaction and says whether it is restricted; empty when
	 * there is no such contact. Opens nothing.
	 */
	Optional<Boolean> lockedRestriction(UUID id) {
		return jdbc.sql("select restricted_at from contacts where id = ? for update")
			.param(id)
			.query((rs, n) -> rs.getObject(1) != null)
			.optional();
	}

	/** Whether the subject's contact is restricted; false when there is none. */
	boolean restricted(UUID subject) {
		return jdbc.sql("select count(*) from contacts where subject_id = ? and restricted_at is not null")
			.param(subject)
			.query(Long.class)
			.single() > 0;
	}

	/** Whether there is a contact of the subject. */
	boolean exists(UUID subject) {
		return jdbc.sql("select count(*) from contacts where subject_id = ?").param(subject).query(Long.class).single() > 0;
	}

	/** Restricts the subject's contact; one already restricted keeps the time it was restricted first. */
	void restrict(UUID subject) {
		jdbc.sql("update contacts set restricted_at = ?, version = version + 1 "
				+ "where subject_id = ? and restricted_at is null")
			.params(DbTime.param(DbTime.now()), subject)
			.update();
	}

	/** Lifts the restriction of the subject's contact, if there is one. */
	void lift(UUID subject) {
		jdbc.sql("update contacts set restricted_at = null, version = version + 1 "
				+ "where subject_id = ? and restricted_at is not null")
			.param(subject)
			.update();
	}

	/** Whether the caller may see restricted contacts in lists: only with {@code restricted:read} (the DPO). */
	static boolean callerSees() {
		return CurrentCaller.seesRestricted();
	}
}
