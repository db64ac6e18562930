package dev.custodian.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The lost reasons, in display order. */
@Repository
class LostReasonStore {

	private static final String SELECT = "select id, name, display_order, created_at, updated_at, version from lost_reasons";

	private final JdbcClient jdbc;

	LostReasonStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<LostReason> all() {
		return jdbc.sql(SELECT + " order by display_order, name").query(LostReasonStore::reason).list();
	}

	Optional<LostReason> byId(UUID id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(LostReasonStore::reason).optional();
	}

	Optional<LostReason> lockedById(UUID id) {
		return jdbc.sql(SELECT + " where id = ? for update").param(id).query(LostReasonStore::reason).optional();
	}

	Optional<UUID> idByName(String name) {
		return jdbc.sql("select id from lost_reasons where lower(name) = lower(?)").param(name).query(UUID.class)
			.optional();
	}

	int maxDisplayOrder() {
		return jdbc.sql("select coalesce(max(display_order), 0) from lost_reasons").query(Integer.class).single();
	}

	long dealsWith(UUID id) {
		return jdbc.sql("select count(*) from deals where lost_reason_id = ?").param(id).query(Long.class).single();
	}

	void insert(LostReason r) {
		jdbc.sql("insert into lost_reasons (id, name, display_order, created_at, updated_at, version) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(r.id(), r.name(), r.displayOrder(), DbTime.param(r.createdAt()), DbTime.param(r.updatedAt()),
					r.version())
			.update();
	}

	void update(LostReason r) {
		jdbc.sql("update lost_reasons set name = ?, display_order = ?, updated_at = ?, version = ? where id = ?")
			.params(r.name(), r.displayOrder(), DbTime.param(r.updatedAt()), r.version(), r.id())
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from lost_reasons where id = ?").param(id).update();
	}

	private static LostReason reason(ResultSet rs, int row) throws SQLException {
		return new LostReason(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("display_order"),
				DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}
}
