package dev.custodian.customfield;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The persisted jobs that seal a field's values after it was declared personal, with their progress.
 */
@Repository
class SealingJobs {

	static final String KIND = "seal";

	private final JdbcClient jdbc;

	SealingJobs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job that has not finished: which field, and its row. */
	record Job(UUID id, UUID fieldId) {
	}

	void start(UUID fieldId, long total) {
		jdbc.sql("insert into custom_field_jobs (id, field_id, kind, total, done, started_at, finished_at) "
				+ "values (?, ?, ?, ?, 0, ?, ?)")
			.params(Ids.newId(), fieldId, KIND, total, DbTime.param(DbTime.now()),
					total == 0 ? DbTime.param(DbTime.now()) : null)
			.update();
	}

	List<Job> open() {
		return jdbc.sql("select id, field_id from custom_field_jobs where finished_at is null order by started_at")
			.query((rs, n) -> new Job(rs.getObject("id", UUID.class), rs.getObject("field_id", UUID.class)))
			.list();
	}

	void addDone(UUID job, int sealed) {
		jdbc.sql("update custom_field_jobs set done = done + ? where id = ?").params(sealed, job).update();
	}

	/** Marks the job finished; what was sealed meanwhile by other means (an edit of a record) counts as done. */
	void finish(UUID job) {
		jdbc.sql("update custom_field_jobs set finished_at = ?, total = done where id = ? and finished_at is null")
			.params(DbTime.param(DbTime.now()), job)
			.update();
	}

	/** The progress of the field's latest job, if it ever had one. */
	Optional<SealingProgress> latest(UUID fieldId) {
		return jdbc.sql("select done, total, started_at, finished_at from custom_field_jobs where field_id = ? "
				+ "order by started_at desc limit 1")
			.param(fieldId)
			.query((rs, n) -> new SealingProgress(rs.getLong("done"), rs.getLong("total"),
					DbTime.required(rs, "started_at"), DbTime.read(rs, "finished_at")))
			.optional();
	}

	/** The fields with a job still at work. */
	List<UUID> fieldsAtWork() {
		return jdbc.sql("select field_id from custom_field_jobs where finished_at is null").query(UUID.class).list();
	}
}
