package dev.custodian.transfer.export;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The export jobs' rows. Claims take the row lock and skip rows other nodes hold, so no job runs twice at once. */
@Repository
class ExportJobStore {

	private static final String COLUMNS = "id, user_id, collection, purpose, status, rows_total, rows_done, created_at, "
			+ "completed_at, expires_at, filters_file, result_file";

	private final JdbcClient jdbc;

	ExportJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ExportJob job) {
		jdbc.sql("insert into export_jobs (" + COLUMNS + ", heartbeat_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(job.id(), job.userId(), job.collection(), job.purpose(), job.status(), job.rowsTotal(),
					job.rowsDone(), DbTime.param(job.createdAt()), null, DbTime.param(job.expiresAt()),
					job.filtersFile(), job.resultFile(), null)
			.update();
	}

	Optional<ExportJob> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from export_jobs where id = ?").param(id).query(ExportJobStore::map)
			.optional();
	}

	/**
	 * Takes the oldest job waiting, or one whose node stopped reporting before {@code staleBefore} (it died: the job
	 * starts again from the beginning), and marks it running; in the caller's transaction, holding its row lock.
	 */
	Optional<ExportJob> claim(Instant now, Instant staleBefore) {
		Optional<ExportJob> job = jdbc.sql("select " + COLUMNS + " from export_jobs where status = 'queued' "
				+ "or (status = 'running' and heartbeat_at < ?) order by created_at limit 1 for update skip locked")
			.param(DbTime.param(staleBefore))
			.query(ExportJobStore::map)
			.optional();
		job.ifPresent(found -> jdbc.sql("update export_jobs set status = 'running', rows_done = 0, heartbeat_at = ? "
				+ "where id = ?").params(DbTime.param(now), found.id()).update());
		return job;
	}

	void progress(UUID id, long rowsDone, Instant now) {
		jdbc.sql("update export_jobs set rows_done = ?, heartbeat_at = ? where id = ? and status = 'running'")
			.params(rowsDone, DbTime.param(now), id)
			.update();
	}

	void finish(UUID id, String status, long rowsDone, Instant now, Instant expiresAt) {
		jdbc.sql("update export_jobs set status = ?, rows_done = ?, completed_at = ?, heartbeat_at = ?, "
				+ "expires_at = ? where id = ?")
			.params(status, rowsDone, DbTime.param(now), DbTime.param(now), DbTime.param(expiresAt), id)
			.update();
	}

	/** Jobs past their expiry whose files are still to be destroyed, locked, a batch at a time. */
	List<ExportJob> expiredBefore(Instant now) {
		return jdbc.sql("select " + COLUMNS + " from export_jobs where expires_at <= ? and status <> 'expired' "
				+ "order by expires_at limit 100 for update skip locked")
			.param(DbTime.param(now))
			.query(ExportJobStore::map)
			.list();
	}

	void markExpired(UUID id) {
		jdbc.sql("update export_jobs set status = 'expired' where id = ?").param(id).update();
	}

	private static ExportJob map(ResultSet rs, int row) throws SQLException {
		return new ExportJob(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
				rs.getString("collection"), rs.getString("purpose"), rs.getString("status"), rs.getLong("rows_total"),
				rs.getLong("rows_done"), DbTime.required(rs, "created_at"), DbTime.read(rs, "completed_at"),
				DbTime.required(rs, "expires_at"), rs.getObject("filters_file", UUID.class),
				rs.getObject("result_file", UUID.class));
	}
}
