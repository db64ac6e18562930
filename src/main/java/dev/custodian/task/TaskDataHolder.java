package dev.custodian.task;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.shared.DbTime;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The task module's personal data. A contact's tasks are the tasks about them (their subject); a user's are the
 * tasks assigned to them. The export of a contact holds their tasks whole; the export of a user holds the tasks
 * assigned to them, with title and description only where the task is about no contact (Art. 15(4): a task about a
 * customer holds that customer's data, not the assignee's). Erasing a contact deletes the tasks about them. Erasing
 * a former user keeps the tasks assigned to them, which are the business's work for its customers: the assignee id
 * then names the erased user's tombstone ({@code former-user-…}), and each such task is reported as kept.
 * Restriction marks the tasks about the person, which then refuse changes and leave lists for all but the
 * data-protection officer.
 */
@Component
class TaskDataHolder implements PersonalDataHolder {

	private static final String MODULE = "task";

	static final String KEPT = "Art. 17(3)(b), Art. 6(1)(b): the task is the business's work for a customer; the "
			+ "assignee is named only by the erased user's pseudonymous id";

	private final JdbcClient jdbc;

	private final Vault vault;

	TaskDataHolder(JdbcClient jdbc, Vault vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	public List<String> tables() {
		return List.of(Tasks.TABLE);
	}

	@Override
	public List<ExportedRecord> export(UUID subject) {
		List<Map<String, Object>> rows = jdbc
			.sql("select * from tasks where subject_id = ? or assignee_id = ? order by due_at, id")
			.params(subject, subject)
			.query(TaskDataHolder::columns)
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		KeyRing ring = vault.ring(rows.stream().map(row -> (UUID) row.get("subject_id")).distinct().toList());
		List<ExportedRecord> records = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			UUID owner = (UUID) row.get("subject_id");
			boolean othersData = !owner.equals(subject) && !owner.equals(row.get("id"));
			List<ExportedValue> values = new ArrayList<>();
			for (FieldDeclaration field : TaskDeclarations.FIELDS) {
				if (field.protection().sealed() && (othersData || !ring.holds(owner))) {
					continue;
				}
				Object value = value(field, row.get(field.column()), ring, owner);
				if (value != null) {
					values.add(new ExportedValue(field.field(),
							field.category() == null ? null : field.category().code(), value));
				}
			}
			records.add(new ExportedRecord(MODULE, row.get("id").toString(), values));
		}
		return records;
	}

	/** Deletes the tasks about the person; tasks assigned to an erased user are kept (see the class comment). */
	@Override
	public ErasureOutcome erase(UUID subject) {
		int erased = jdbc.sql("delete from tasks where subject_id = ?").param(subject).update();
		List<KeptRecord> kept = jdbc.sql("select id from tasks where assignee_id = ? order by id")
			.param(subject)
			.query(UUID.class)
			.list()
			.stream()
			.map(id -> new KeptRecord(MODULE, id.toString(), KEPT))
			.toList();
		return erased == 0 && kept.isEmpty() ? ErasureOutcome.nothing(MODULE)
				: new ErasureOutcome(MODULE, erased, kept);
	}

	@Override
	public boolean holds(UUID subject) {
		return jdbc.sql("select count(*) from tasks where subject_id = ? or assignee_id = ?")
			.params(subject, subject)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public boolean restricted(UUID subject) {
		return jdbc.sql("select count(*) from tasks where subject_id = ? and restricted_at is not null")
			.param(subject)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public void restrict(UUID subject) {
		jdbc.sql("update tasks set restricted_at = ?, version = version + 1 where subject_id = ? "
				+ "and restricted_at is null")
			.params(DbTime.param(DbTime.now()), subject)
			.update();
	}

	@Override
	public void lift(UUID subject) {
		jdbc.sql("update tasks set restricted_at = null, version = version + 1 where subject_id = ? "
				+ "and restricted_at is not null")
			.param(subject)
			.update();
	}

	private static @Nullable Object value(FieldDeclaration field, @Nullable Object stored, KeyRing ring, UUID owner) {
		if (field.protection().sealed()) {
			return ring.open(owner, Tasks.TABLE, field.column(), (byte[]) stored);
		}
		if (stored instanceof java.sql.Timestamp time) {
			return time.toInstant().toString();
		}
		if (stored instanceof java.time.OffsetDateTime time) {
			return time.toInstant().toString();
		}
		if (stored instanceof UUID || stored instanceof String) {
			return stored.toString();
		}
		return stored;
	}

	/** Every column of a row by its lower-case name, whatever case the database reports. */
	private static Map<String, Object> columns(ResultSet rs, int row) throws SQLException {
		Map<String, Object> columns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
			Object value = rs.getObject(i);
			if (value != null) {
				columns.put(rs.getMetaData().getColumnLabel(i), value);
			}
		}
		return columns;
	}
}
