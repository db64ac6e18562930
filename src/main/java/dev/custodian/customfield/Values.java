package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored custom field values, one row per record and field that has a value.
 */
@Repository
class Values {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	Values(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	List<ValueRow> ofRecords(String recordType, Collection<UUID> recordIds) {
		List<UUID> ids = List.copyOf(recordIds);
		List<ValueRow> rows = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += CHUNK) {
			rows.addAll(jdbc.sql("select " + ValueRow.COLUMNS + " from custom_field_values "
					+ "where record_type = :type and record_id in (:ids)")
				.param("type", recordType)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query(ValueRow::map)
				.list());
		}
		return rows;
	}

	List<ValueRow> ofSubject(UUID subject) {
		return jdbc.sql("select " + ValueRow.COLUMNS + " from custom_field_values where subject_id = ? "
				+ "order by record_type, record_id").param(subject).query(ValueRow::map).list();
	}

	/**
	 * Replaces a record's values of the given fields with the given rows (a field without a row has no value
	 * afterwards); values of other fields stay.
	 */
	void replace(String recordType, UUID recordId, Collection<UUID> fieldIds, List<ValueRow> rows) {
		if (!fieldIds.isEmpty()) {
			jdbc.sql("delete from custom_field_values where record_id = :record and record_type = :type "
					+ "and field_id in (:fields)")
				.param("record", recordId)
				.param("type", recordType)
				.param("fields", fieldIds)
				.update();
		}
		insert(rows);
	}

	void insert(List<ValueRow> rows) {
		if (!rows.isEmpty()) {
			template.batchUpdate("insert into custom_field_values (" + ValueRow.COLUMNS
					+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.stream().map(ValueRow::params).toList());
		}
	}

	/** Writes a row's value columns again (the same record and field), after its option changed, say. */
	void rewrite(ValueRow row) {
		jdbc.sql("""
				update custom_field_values set value_text = ?, value_long = ?, value_number = ?, value_date = ?,
				       value_boolean = ?, value_sealed = ?
				where subject_id = ? and record_id = ? and field_id = ?""")
			.params(row.text(), row.longText(), row.number(), row.date(), row.bool(), row.sealed(), row.subject(),
					row.recordId(), row.fieldId())
			.update();
	}

	void delete(ValueRow row) {
		jdbc.sql("delete from custom_field_values where subject_id = ? and record_id = ? and field_id = ?")
			.params(row.subject(), row.recordId(), row.fieldId())
			.update();
	}

	int deleteRecord(String recordType, UUID recordId) {
		return jdbc.sql("delete from custom_field_values where record_id = ? and record_type = ?")
			.params(recordId, recordType)
			.update();
	}

	/** The subjects whose records hold a value of the field, one per record. */
	List<UUID> subjectsOf(UUID fieldId) {
		return jdbc.sql("select subject_id from custom_field_values where field_id = ? order by subject_id")
			.param(fieldId)
			.query(UUID.class)
			.list();
	}

	int deleteField(UUID fieldId) {
		return jdbc.sql("delete from custom_field_values where field_id = ?").param(fieldId).update();
	}

	long count(UUID fieldId) {
		return jdbc.sql("select count(*) from custom_field_values where field_id = ?").param(fieldId)
			.query(Long.class).single();
	}

	/**
	 * The next rows of a field after the given one (in key order), for work that walks all its values; with
	 * {@code lock} the rows stay locked for the rest of the caller's transaction, so a record's edit waits rather
	 * than being overwritten.
	 */
	List<ValueRow> ofField(UUID fieldId, @Nullable ValueRow after, int limit, boolean lock) {
		String sql = "select " + ValueRow.COLUMNS + " from custom_field_values where field_id = ?"
				+ (after == null ? "" : " and (subject_id > ? or (subject_id = ? and record_id > ?))")
				+ " order by subject_id, record_id limit ?" + (lock ? " for update" : "");
		List<Object> params = new java.util.ArrayList<>(List.of(fieldId));
		if (after != null) {
			params.addAll(List.of(after.subject(), after.subject(), after.recordId()));
		}
		params.add(limit);
		return jdbc.sql(sql).params(params).query(ValueRow::map).list();
	}

	/**
	 * Claims up to {@code limit} values of the field still in the clear, skipping rows another transaction holds,
	 * so several nodes can seal a field's values at once without doing any twice.
	 */
	List<ValueRow> claimUnsealed(UUID fieldId, int limit) {
		return jdbc.sql("select " + ValueRow.COLUMNS + " from custom_field_values where field_id = ? "
				+ "and value_sealed is null order by subject_id, record_id limit ? for update skip locked")
			.params(fieldId, limit)
			.query(ValueRow::map)
			.list();
	}

	long countUnsealed(UUID fieldId) {
		return jdbc.sql("select count(*) from custom_field_values where field_id = ? and value_sealed is null")
			.param(fieldId)
			.query(Long.class)
			.single();
	}

	/** Deletes the values of erased subjects (a restored backup may bring them back); returns how many. */
	int deleteSubjects(List<UUID> subjects) {
		int deleted = 0;
		for (int from = 0; from < subjects.size(); from += CHUNK) {
			deleted += jdbc.sql("delete from custom_field_values where subject_id in (:ids)")
				.param("ids", subjects.subList(from, Math.min(subjects.size(), from + CHUNK)))
				.update();
		}
		return deleted;
	}

	int deleteSubject(UUID subject) {
		return jdbc.sql("delete from custom_field_values where subject_id = ?").param(subject).update();
	}
}
