package dev.custodian.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.Cursor;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored tasks, title and description sealed under the key of the task's subject and opened on the way out. A
 * task whose key is gone (its contact was deleted, which destroys the person's key) cannot be opened and is left out
 * as if it were deleted; {@link TaskErasureReplay} removes such rows on the next start.
 */
@Repository
class Tasks {

	static final String TABLE = "tasks";

	private static final String COLUMNS = "subject_id, id, title, description, due_at, assignee_id, priority, status, "
			+ "link_kind, link_id, completed_at, completed_by, created_by, restricted_at, created_at, updated_at, "
			+ "version";

	private final JdbcClient jdbc;

	private final Vault vault;

	Tasks(JdbcClient jdbc, Vault vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}

	/** Stores a new task, sealed with the ring that holds its subject's key. */
	void insert(Task task, KeyRing ring) {
		jdbc.sql("insert into tasks (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(task.subjectId(), task.id(), seal(ring, task, "title", task.title()),
					seal(ring, task, "description", task.description()), DbTime.param(task.dueAt()), task.assigneeId(),
					task.priority(), task.status(), task.linkKind(), task.linkId(), DbTime.param(task.completedAt()),
					task.completedBy(), task.createdBy(), null, DbTime.param(task.createdAt()),
					DbTime.param(task.updatedAt()), task.version())
			.update();
	}

	/** Writes the task's changeable fields if the stored version is the one given; false when it is not. */
	boolean update(Task task, long expectedVersion) {
		KeyRing ring = vault.ring(List.of(task.subjectId()));
		return jdbc.sql("update tasks set title = ?, description = ?, due_at = ?, assignee_id = ?, priority = ?, "
				+ "status = ?, completed_at = ?, completed_by = ?, updated_at = ?, version = ? "
				+ "where subject_id = ? and id = ? and version = ?")
			.params(seal(ring, task, "title", task.title()), seal(ring, task, "description", task.description()),
					DbTime.param(task.dueAt()), task.assigneeId(), task.priority(), task.status(),
					DbTime.param(task.completedAt()), task.completedBy(), DbTime.param(task.updatedAt()),
					task.version(), task.subjectId(), task.id(), expectedVersion)
			.update() == 1;
	}

	void delete(Task task) {
		jdbc.sql("delete from tasks where subject_id = ? and id = ?").params(task.subjectId(), task.id()).update();
	}

	Optional<Task> byId(UUID id) {
		return opened(jdbc.sql("select " + COLUMNS + " from tasks where id = ?").param(id).query(Tasks::row).list())
			.stream()
			.findFirst();
	}

	/** The task, its row locked until the transaction ends. */
	Optional<Task> lockedById(UUID id) {
		return opened(jdbc.sql("select " + COLUMNS + " from tasks where id = ? for update").param(id)
			.query(Tasks::row)
			.list()).stream().findFirst();
	}

	/** One page of the tasks the filter selects, in the query's order, with the cursor of the next page. */
	KeysetPage<Task> page(TaskFilter filter, TaskQuery query) {
		List<Object> params = new ArrayList<>(filter.params());
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from tasks where " + filter.where());
		String order = query.newestDoneFirst() ? "completed_at" : "due_at";
		if (query.page().cursor() != null) {
			Position after = Position.decode(query.page().cursor(), order);
			sql.append(query.newestDoneFirst() ? " and (completed_at < ? or (completed_at = ? and id < ?))"
					: " and (due_at > ? or (due_at = ? and id > ?))");
			params.add(DbTime.param(after.time()));
			params.add(DbTime.param(after.time()));
			params.add(after.id());
		}
		sql.append(query.newestDoneFirst() ? " order by completed_at desc, id desc" : " order by due_at, id");
		int limit = query.page().limit();
		sql.append(" limit ").append(limit + 1);
		List<Row> rows = jdbc.sql(sql.toString()).params(params).query(Tasks::row).list();
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			Row last = rows.get(limit - 1);
			Instant time = query.newestDoneFirst() ? last.completedAt() : last.dueAt();
			next = new Position(order, time == null ? Instant.EPOCH : time, last.id()).encode();
		}
		return new KeysetPage<>(opened(rows), next);
	}

	ListCount count(TaskFilter filter) {
		return ListCount.of(jdbc.sql(ListCount.sql("select 1 from tasks where " + filter.where()))
			.params(filter.params())
			.query(Long.class)
			.single());
	}

	/** Opens the rows whose subject still has a key; the others are left out (see the class comment). */
	private List<Task> opened(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		KeyRing ring = vault.ring(rows.stream().map(Row::subjectId).distinct().toList());
		return rows.stream().filter(row -> ring.holds(row.subjectId())).map(row -> row.open(ring)).toList();
	}

	private static byte @Nullable [] seal(KeyRing ring, Task task, String column, @Nullable String value) {
		return ring.seal(task.subjectId(), TABLE, column, value);
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(rs.getObject("subject_id", UUID.class), rs.getObject("id", UUID.class), rs.getBytes("title"),
				rs.getBytes("description"), DbTime.required(rs, "due_at"), rs.getObject("assignee_id", UUID.class),
				rs.getString("priority"), rs.getString("status"), rs.getString("link_kind"),
				rs.getObject("link_id", UUID.class), DbTime.read(rs, "completed_at"),
				rs.getObject("completed_by", UUID.class), rs.getObject("created_by", UUID.class),
				DbTime.read(rs, "restricted_at") != null, DbTime.required(rs, "created_at"),
				DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}

	/** A stored row, title and description still sealed. */
	private record Row(UUID subjectId, UUID id, byte[] title, byte @Nullable [] description, Instant dueAt,
			UUID assigneeId, String priority, String status, @Nullable String linkKind, @Nullable UUID linkId,
			@Nullable Instant completedAt, @Nullable UUID completedBy, @Nullable UUID createdBy, boolean restricted,
			Instant createdAt, Instant updatedAt, long version) {

		Task open(KeyRing ring) {
			String opened = ring.open(subjectId, TABLE, "title", title);
			return new Task(id, subjectId, opened == null ? "" : opened,
					ring.open(subjectId, TABLE, "description", description), dueAt, assigneeId, priority, status,
					linkKind, linkId, completedAt, completedBy, createdBy, restricted, createdAt, updatedAt, version);
		}
	}

	/** Where a page continues: the order, the last row's time and its id. Times and ids only, never a title. */
	private record Position(String order, Instant time, UUID id) {

		String encode() {
			return Cursor.of(order, Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, time)), id.toString())
				.encode();
		}

		static Position decode(Cursor cursor, String order) {
			UUID id = cursor.values().size() == 3 ? Ids.parseOrNull(cursor.value(2)) : null;
			if (id == null || !cursor.value(0).equals(order)) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
			try {
				return new Position(order, Instant.EPOCH.plus(Long.parseLong(cursor.value(1)), ChronoUnit.MICROS), id);
			}
			catch (NumberFormatException | ArithmeticException | java.time.DateTimeException ex) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
		}
	}

	/** Deletes every task of the given subjects (erased people), in batches; answers how many rows went. */
	int deleteSubjects(List<UUID> subjects) {
		int removed = 0;
		for (int from = 0; from < subjects.size(); from += 500) {
			removed += jdbc.sql("delete from tasks where subject_id in (:subjects)")
				.param("subjects", subjects.subList(from, Math.min(subjects.size(), from + 500)))
				.update();
		}
		return removed;
	}
}
