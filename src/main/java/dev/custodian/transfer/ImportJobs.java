package dev.custodian.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import jobs and their row errors, as stored. Jobs are claimed by one node at a time: a claim holds until its
 * heartbeat goes stale, so a node that died leaves its job to the next.
 */
@Repository
class ImportJobs {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = "id, record_type, status, file_name, file_bytes, charset, delimiter, headers, "
			+ "mapping, match_phone, duplicates, check_rows, check_new, check_existing, check_phone_only, "
			+ "check_rejected, rows_done, created, updated, skipped, rejected, created_by, created_at, analysed_at, "
			+ "started_at, finished_at, run_since, run_rows_since, cancel_requested, failure, version";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ImportJobs(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insert(ImportJob job) {
		jdbc.sql("insert into import_jobs (id, record_type, status, file_name, file_bytes, charset, delimiter, "
				+ "headers, mapping, match_phone, rows_done, created, updated, skipped, rejected, created_by, "
				+ "created_at, cancel_requested, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, "
				+ "false, 0)")
			.params(job.id(), job.recordType(), job.status().code(), job.fileName(), job.fileBytes(), job.charset(),
					String.valueOf(job.delimiter()), JSON.writeValueAsString(job.mapping().headers()),
					JSON.writeValueAsString(job.mapping().targets()), job.matchPhone(), job.createdBy(),
					DbTime.param(job.createdAt()))
			.update();
	}

	Optional<ImportJob> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from import_jobs where id = ?").param(id).query(ImportJobs::map)
			.optional();
	}

	/** Locks the job's row for the rest of the caller's transaction. */
	Optional<ImportJob> locked(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from import_jobs where id = ? for update").param(id)
			.query(ImportJobs::map)
			.optional();
	}

	/**
	 * Newest first (ids are time-ordered), after a job's id; only the user's own unless {@code user} is null.
	 */
	List<ImportJob> page(@Nullable UUID user, @Nullable UUID after, int limit) {
		return jdbc.sql("select " + COLUMNS + " from import_jobs where 1 = 1"
				+ (user == null ? "" : " and created_by = :user") + (after == null ? "" : " and id < :after")
				+ " order by id desc limit :limit")
			.paramSource(new org.springframework.jdbc.core.namedparam.MapSqlParameterSource("limit", limit)
				.addValue("user", user)
				.addValue("after", after))
			.query(ImportJobs::map)
			.list();
	}

	/**
	 * Claims a job that needs work (a dry run or a run) and nobody works on, or whose worker's heartbeat is older
	 * than {@code staleBefore}; other nodes skip the row while this transaction holds it.
	 */
	Optional<UUID> claim(String node, Instant staleBefore) {
		Optional<UUID> id = jdbc.sql("select id from import_jobs where status in ('analysing', 'running') "
				+ "and (claimed_by is null or heartbeat_at < ?) order by created_at limit 1 for update skip locked")
			.param(DbTime.param(staleBefore))
			.query(UUID.class)
			.optional();
		id.ifPresent(job -> jdbc.sql("update import_jobs set claimed_by = ?, heartbeat_at = ?, run_since = ?, "
				+ "run_rows_since = rows_done where id = ?")
			.params(node, DbTime.param(DbTime.now()), DbTime.param(DbTime.now()), job)
			.update());
		return id;
	}

	/** Whether the node still holds the job's claim at this version (a changed mapping bumps the version). */
	boolean holds(UUID job, String node, long version) {
		return jdbc.sql("select count(*) from import_jobs where id = ? and claimed_by = ? and version = ?")
			.params(job, node, version)
			.query(Long.class)
			.single() == 1;
	}

	void heartbeat(UUID job, String node) {
		jdbc.sql("update import_jobs set heartbeat_at = ? where id = ? and claimed_by = ?")
			.params(DbTime.param(DbTime.now()), job, node)
			.update();
	}

	/** Records the dry run's counts and makes the job ready, if it is still at the version analysed. */
	boolean analysed(UUID job, long version, ImportJob.DryRun check) {
		return jdbc.sql("update import_jobs set status = 'ready', check_rows = ?, check_new = ?, check_existing = ?, "
				+ "check_phone_only = ?, check_rejected = ?, analysed_at = ?, claimed_by = null where id = ? "
				+ "and version = ? and status = 'analysing'")
			.params(check.rows(), check.fresh(), check.existing(), check.phoneOnly(), check.rejected(),
					DbTime.param(DbTime.now()), job, version)
			.update() == 1;
	}

	/** A new mapping: the dry run starts again. */
	void remap(UUID job, ImportMapping mapping, boolean matchPhone) {
		jdbc.sql("update import_jobs set mapping = ?, match_phone = ?, status = 'analysing', check_rows = null, "
				+ "check_new = null, check_existing = null, check_phone_only = null, check_rejected = null, "
				+ "analysed_at = null, claimed_by = null, version = version + 1 where id = ?")
			.params(JSON.writeValueAsString(mapping.targets()), matchPhone, job)
			.update();
		deleteErrors(job, "check");
	}

	void start(UUID job, String duplicates) {
		jdbc.sql("update import_jobs set status = 'running', duplicates = ?, started_at = ?, claimed_by = null, "
				+ "version = version + 1 where id = ?")
			.params(duplicates, DbTime.param(DbTime.now()), job)
			.update();
	}

	/** Adds a batch's counts, in the batch's transaction, and renews the heartbeat. */
	void progress(UUID job, long rows, long created, long updated, long skipped, long rejected) {
		jdbc.sql("update import_jobs set rows_done = rows_done + ?, created = created + ?, updated = updated + ?, "
				+ "skipped = skipped + ?, rejected = rejected + ?, heartbeat_at = ? where id = ?")
			.params(rows, created, updated, skipped, rejected, DbTime.param(DbTime.now()), job)
			.update();
	}

	void requestCancel(UUID job) {
		jdbc.sql("update import_jobs set cancel_requested = true where id = ?").param(job).update();
	}

	/** Ends the job: completed, cancelled or failed (with a reason that names no value of the file). */
	void finish(UUID job, ImportStatus status, @Nullable String failure) {
		jdbc.sql("update import_jobs set status = ?, finished_at = ?, failure = ?, claimed_by = null, "
				+ "version = version + 1 where id = ?")
			.params(status.code(), DbTime.param(DbTime.now()), failure, job)
			.update();
	}

	/** Analysed jobs nobody started since before {@code before}. */
	List<UUID> unstartedSince(Instant before) {
		return jdbc.sql("select id from import_jobs where status = 'ready' and analysed_at < ?")
			.param(DbTime.param(before))
			.query(UUID.class)
			.list();
	}

	void addErrors(UUID job, String phase, List<ImportRowError> errors) {
		List<Object[]> rows = new ArrayList<>();
		long line = -1;
		int seq = 0;
		for (ImportRowError error : errors) {
			seq = error.line() == line ? seq + 1 : 0;
			line = error.line();
			rows.add(new Object[] { job, phase, error.line(), seq, truncate(error.column(), 200),
					truncate(error.message(), 300) });
		}
		template.batchUpdate("insert into import_errors (job_id, phase, line, seq, column_name, message) "
				+ "values (?, ?, ?, ?, ?, ?)", rows);
	}

	void deleteErrors(UUID job, String phase) {
		jdbc.sql("delete from import_errors where job_id = ? and phase = ?").params(job, phase).update();
	}

	long countErrors(UUID job, String phase) {
		return jdbc.sql("select count(*) from import_errors where job_id = ? and phase = ?").params(job, phase)
			.query(Long.class)
			.single();
	}

	/** Errors in line order, after a line (keyset), at most {@code limit}. */
	List<ImportRowError> errors(UUID job, String phase, long afterLine, int limit) {
		return jdbc.sql("select line, column_name, message from import_errors where job_id = ? and phase = ? "
				+ "and line > ? order by line, seq limit ?")
			.params(job, phase, afterLine, limit)
			.query((rs, n) -> new ImportRowError(rs.getLong("line"), rs.getString("column_name"), rs.getString("message")))
			.list();
	}

	void saveMapping(SavedMapping mapping, UUID user) {
		jdbc.sql("delete from import_mappings where record_type = ? and name = ?")
			.params(mapping.recordType(), mapping.name())
			.update();
		jdbc.sql("insert into import_mappings (id, record_type, name, columns, created_by, created_at) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(mapping.id(), mapping.recordType(), mapping.name(), JSON.writeValueAsString(mapping.columns()), user,
					DbTime.param(DbTime.now()))
			.update();
	}

	List<SavedMapping> savedMappings(String recordType) {
		return jdbc.sql("select id, record_type, name, columns from import_mappings where record_type = ? order by name")
			.param(recordType)
			.query((rs, n) -> new SavedMapping(rs.getObject("id", UUID.class), rs.getString("record_type"),
					rs.getString("name"), JSON.readValue(rs.getString("columns"),
							new TypeReference<java.util.Map<String, String>>() {
							})))
			.list();
	}

	private static @Nullable String truncate(@Nullable String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static ImportJob map(ResultSet rs, int row) throws SQLException {
		List<String> headers = JSON.readValue(rs.getString("headers"), new TypeReference<List<String>>() {
		});
		List<@Nullable String> targets = JSON.readValue(rs.getString("mapping"),
				new TypeReference<List<@Nullable String>>() {
				});
		long checkRows = rs.getLong("check_rows");
		ImportJob.DryRun check = rs.wasNull() ? null
				: new ImportJob.DryRun(checkRows, rs.getLong("check_new"), rs.getLong("check_existing"),
						rs.getLong("check_phone_only"), rs.getLong("check_rejected"));
		return new ImportJob(rs.getObject("id", UUID.class), rs.getString("record_type"),
				ImportStatus.fromCode(rs.getString("status")).orElseThrow(), rs.getString("file_name"),
				rs.getLong("file_bytes"), rs.getString("charset"), rs.getString("delimiter").charAt(0),
				new ImportMapping(headers, targets), rs.getBoolean("match_phone"), rs.getString("duplicates"), check,
				rs.getLong("rows_done"), rs.getLong("created"), rs.getLong("updated"), rs.getLong("skipped"),
				rs.getLong("rejected"), rs.getObject("created_by", UUID.class), DbTime.required(rs, "created_at"),
				DbTime.read(rs, "analysed_at"), DbTime.read(rs, "started_at"), DbTime.read(rs, "finished_at"),
				DbTime.read(rs, "run_since"), rs.getLong("run_rows_since"), rs.getBoolean("cancel_requested"),
				rs.getString("failure"), rs.getLong("version"));
	}
}
