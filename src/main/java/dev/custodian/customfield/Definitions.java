package dev.custodian.customfield;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.SpecialCategoryCondition;
import dev.custodian.shared.Cursor;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The custom field definitions, in display order within a record type.
 */
@Repository
class Definitions {

	private static final String COLUMNS = "id, record_type, field_key, label, field_type, required, display_order, "
			+ "options, personal, category, special_condition, created_at, updated_at, version";

	private static final String ORDER = " order by record_type, display_order, field_key";

	private final JdbcClient jdbc;

	Definitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CustomField> all() {
		return jdbc.sql("select " + COLUMNS + " from custom_fields" + ORDER).query(Definitions::map).list();
	}

	List<CustomField> of(String recordType) {
		return jdbc.sql("select " + COLUMNS + " from custom_fields where record_type = ?" + ORDER)
			.param(recordType)
			.query(Definitions::map)
			.list();
	}

	/** Where a field stands in the admin list's order: record type, display order, key (nothing personal). */
	record Position(String recordType, int displayOrder, String key) {

		static Position of(CustomField field) {
			return new Position(field.recordType(), field.displayOrder(), field.key());
		}

		String encode() {
			return Cursor.of(recordType, String.valueOf(displayOrder), key).encode();
		}

		/** @throws InvalidInputException naming {@code cursor} when it is not one this list issued */
		static Position of(Cursor cursor) {
			List<String> parts = cursor.values();
			if (parts.size() == 3 && parts.get(1).matches("\\d{1,5}")) {
				return new Position(parts.get(0), Integer.parseInt(parts.get(1)), parts.get(2));
			}
			throw InvalidInputException.of("cursor", "is not a cursor this server issued");
		}
	}

	/**
	 * One page of fields in the admin list's order, after the given position; {@code limit + 1} rows, so the
	 * caller sees whether another page follows.
	 */
	List<CustomField> page(@Nullable String recordType, @Nullable Position after, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from custom_fields where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (recordType != null) {
			sql.append(" and record_type = ?");
			params.add(recordType);
		}
		if (after != null) {
			sql.append(" and (record_type > ? or (record_type = ? and (display_order > ? or (display_order = ? "
					+ "and field_key > ?))))");
			params.addAll(List.of(after.recordType(), after.recordType(), after.displayOrder(), after.displayOrder(),
					after.key()));
		}
		sql.append(ORDER).append(" limit ?");
		params.add(limit + 1);
		return jdbc.sql(sql.toString()).params(params).query(Definitions::map).list();
	}

	long count(@Nullable String recordType) {
		return recordType == null ? jdbc.sql("select count(*) from custom_fields").query(Long.class).single()
				: jdbc.sql("select count(*) from custom_fields where record_type = ?").param(recordType)
					.query(Long.class).single();
	}

	Optional<CustomField> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from custom_fields where id = ?").param(id).query(Definitions::map)
			.optional();
	}

	/** Reads the field and locks its row for the rest of the caller's transaction: changes queue up on it. */
	Optional<CustomField> lockedById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from custom_fields where id = ? for update").param(id)
			.query(Definitions::map)
			.optional();
	}

	Optional<UUID> idByKey(String recordType, String key) {
		return jdbc.sql("select id from custom_fields where record_type = ? and field_key = ?")
			.params(recordType, key)
			.query(UUID.class)
			.optional();
	}

	int maxDisplayOrder(String recordType) {
		return jdbc.sql("select coalesce(max(display_order), 0) from custom_fields where record_type = ?")
			.param(recordType)
			.query(Integer.class)
			.single();
	}

	void insert(CustomField f) {
		jdbc.sql("insert into custom_fields (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(f))
			.update();
	}

	boolean update(CustomField f, long expectedVersion) {
		List<Object> params = new ArrayList<>(values(f).subList(1, 14));
		params.add(f.id());
		params.add(expectedVersion);
		return jdbc.sql("""
				update custom_fields set record_type = ?, field_key = ?, label = ?, field_type = ?, required = ?,
				       display_order = ?, options = ?, personal = ?, category = ?, special_condition = ?,
				       created_at = ?, updated_at = ?, version = ?
				where id = ? and version = ?""").params(params).update() == 1;
	}

	void delete(UUID id) {
		jdbc.sql("delete from custom_fields where id = ?").param(id).update();
	}

	private static List<Object> values(CustomField f) {
		List<Object> values = new ArrayList<>();
		values.add(f.id());
		values.add(f.recordType());
		values.add(f.key());
		values.add(f.label());
		values.add(f.type().code());
		values.add(f.required());
		values.add(f.displayOrder());
		values.add(f.options().isEmpty() ? null : Json.write(f.options()));
		values.add(f.personal());
		values.add(f.category() == null ? null : f.category().code());
		values.add(f.condition() == null ? null : f.condition().code());
		values.add(DbTime.param(f.createdAt()));
		values.add(DbTime.param(f.updatedAt()));
		values.add(f.version());
		return values;
	}

	private static CustomField map(ResultSet rs, int row) throws SQLException {
		String options = rs.getString("options");
		String category = rs.getString("category");
		String condition = rs.getString("special_condition");
		return new CustomField(rs.getObject("id", UUID.class), rs.getString("record_type"), rs.getString("field_key"),
				rs.getString("label"), FieldType.fromCode(rs.getString("field_type")).orElseThrow(),
				rs.getBoolean("required"), rs.getInt("display_order"), options == null ? List.of() : Json.strings(options),
				rs.getBoolean("personal"), category == null ? null : DataCategory.fromCode(category).orElseThrow(),
				condition == null ? null : SpecialCategoryCondition.fromCode(condition).orElseThrow(),
				DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}
}
