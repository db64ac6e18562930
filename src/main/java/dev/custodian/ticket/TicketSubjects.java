package dev.custodian.ticket;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tickets of one data subject as the privacy module's requests see them: erased (tombstoned), restricted or
 * lifted as a whole, in the caller's transaction.
 */
@Repository
class TicketSubjects {

	private final JdbcClient jdbc;

	TicketSubjects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Replaces the requester of the subject's tickets by a tombstone: subject and description and their search
	 * tokens go, the tickets stay with their numbers, statuses and times. Returns the ids of the tickets erased.
	 */
	List<UUID> tombstone(UUID subject, Instant at) {
		List<UUID> ids = jdbc.sql("select id from tickets where subject_id = ? and requester_erased_at is null")
			.param(subject)
			.query(UUID.class)
			.list();
		jdbc.sql("update tickets set subject_line = null, description = null, restricted_at = null, "
				+ "requester_erased_at = ? where subject_id = ? and requester_erased_at is null")
			.params(DbTime.param(at), subject)
			.update();
		jdbc.sql("delete from ticket_search_tokens where subject_id = ?").param(subject).update();
		return ids;
	}

	void restrict(UUID subject, Instant at) {
		jdbc.sql("update tickets set restricted_at = ?, version = version + 1 where subject_id = ? "
				+ "and restricted_at is null and requester_erased_at is null")
			.params(DbTime.param(at), subject)
			.update();
	}

	void lift(UUID subject) {
		jdbc.sql("update tickets set restricted_at = null, version = version + 1 where subject_id = ? "
				+ "and restricted_at is not null")
			.param(subject)
			.update();
	}

	boolean holds(UUID subject) {
		return jdbc.sql("select count(*) from tickets where subject_id = ? and requester_erased_at is null")
			.param(subject)
			.query(Long.class)
			.single() > 0;
	}

	boolean restricted(UUID subject) {
		return jdbc.sql("select count(*) from tickets where subject_id = ? and restricted_at is not null")
			.param(subject)
			.query(Long.class)
			.single() > 0;
	}

	/** The requesters whose tickets still carry their words. */
	List<UUID> withWords() {
		return jdbc.sql("select distinct subject_id from tickets where requester_erased_at is null")
			.query(UUID.class)
			.list();
	}
}
