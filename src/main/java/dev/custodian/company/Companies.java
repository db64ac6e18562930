package dev.custodian.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.Cursor;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PostalAddress;
import dev.custodian.shared.TextFolding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All companies, by folded name unless a query asks for another order.
 */
@Repository
class Companies {

	private static final String COLUMNS = "id, name, domain, industry, size_band, phone, website, street, city, "
			+ "postal_code, country, created_at, updated_at, version";

	private final JdbcClient jdbc;

	Companies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Company> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from companies where id = ?").param(id).query(Companies::map).optional();
	}

	/**
	 * Locks the company's row for the rest of the caller's transaction and reads it. Changes and deletions of a
	 * company take this lock first, before any contact of it, so they queue up in one order.
	 */
	Optional<Company> lockedById(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from companies where id = ? for update").param(id)
			.query(Companies::map)
			.optional();
	}

	Optional<UUID> idByDomain(String domain) {
		return jdbc.sql("select id from companies where domain = ?").param(domain).query(UUID.class).optional();
	}

	List<Company> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " from companies where id in (:ids)")
			.param("ids", ids)
			.query(Companies::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from companies").query(Long.class).single();
	}

	/**
	 * Fetches up to {@code limit + 1} rows, each with its position in the query's order, so the caller knows
	 * whether a next page exists and where it starts. A cursor of a text order carries only the id of the last
	 * company shown; the position is looked up from it, so cursors carry no names.
	 */
	List<Positioned> find(CompanyQuery query, int limit) {
		ListSort sort = query.sort();
		StringBuilder sql = new StringBuilder("select " + COLUMNS + ", " + sort.key().expression() + " as "
				+ KeysetPosition.COLUMN + " from companies c");
		List<Object> params = new ArrayList<>();
		sql.append(where(query, params));
		if (query.page().cursor() != null) {
			KeysetPosition after = position(sort, query.page().cursor());
			sql.append(sort.after("c.id"));
			params.add(after.param());
			params.add(after.param());
			params.add(after.id());
		}
		sql.append(sort.orderBy("c.id")).append(" limit ?");
		params.add(limit + 1);
		return jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Positioned(map(rs, n), KeysetPosition.of(sort, rs, rs.getObject("id", UUID.class))))
			.list();
	}

	/** How many companies match the query's filters, up to {@link ListCount#CAP}. */
	ListCount count(CompanyQuery query) {
		List<Object> params = new ArrayList<>();
		String where = where(query, params);
		return ListCount.of(jdbc.sql(ListCount.sql("select 1 from companies c" + where)).params(params)
			.query(Long.class)
			.single());
	}

	private static String where(CompanyQuery query, List<Object> params) {
		String q = TextFolding.fold(query.q());
		String where = " where 1 = 1";
		if (!q.isEmpty()) {
			params.add(TextFolding.likePrefix(q));
			params.add(TextFolding.likePrefix(q));
			where = " where (c.name_folded like ? escape '\\' or c.domain like ? escape '\\')";
		}
		params.addAll(query.customFields().params());
		return where + query.customFields().sql("c.id");
	}

	private KeysetPosition position(ListSort sort, Cursor cursor) {
		KeysetPosition position = KeysetPosition.decode(cursor, sort);
		if (position.value() != null) {
			return position;
		}
		return jdbc.sql("select " + sort.key().expression() + " from companies c where c.id = ?")
			.param(position.id())
			.query((rs, n) -> position.withValue(rs.getString(1)))
			.optional()
			.orElseThrow(() -> InvalidInputException.of("cursor",
					"is not a cursor this server issued, or its company was deleted"));
	}

	/** A company and where it stands in the list's order. */
	record Positioned(Company company, KeysetPosition position) {
	}

	void insert(Company company) {
		jdbc.sql("insert into companies (" + COLUMNS + ", name_folded) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(company))
			.update();
	}

	boolean update(Company company, long expectedVersion) {
		List<Object> params = new ArrayList<>(values(company).subList(1, 15));
		params.add(company.id().value());
		params.add(expectedVersion);
		return jdbc.sql("""
				update companies set name = ?, domain = ?, industry = ?, size_band = ?, phone = ?, website = ?,
				       street = ?, city = ?, postal_code = ?, country = ?, created_at = ?, updated_at = ?, version = ?,
				       name_folded = ?
				where id = ? and version = ?""").params(params).update() == 1;
	}

	/** Deletes the company if it is still at {@code expectedVersion}, checked in the same statement. */
	boolean delete(UUID id, long expectedVersion) {
		return jdbc.sql("delete from companies where id = ? and version = ?").params(id, expectedVersion).update() == 1;
	}

	private static List<Object> values(Company c) {
		List<Object> values = new ArrayList<>();
		values.add(c.id().value());
		values.add(c.name());
		values.add(c.domain());
		values.add(c.industry());
		values.add(c.sizeBand() == null ? null : c.sizeBand().name());
		values.add(c.phone());
		values.add(c.website());
		values.add(c.address().street());
		values.add(c.address().city());
		values.add(c.address().postalCode());
		values.add(c.address().country());
		values.add(DbTime.param(c.createdAt()));
		values.add(DbTime.param(c.updatedAt()));
		values.add(c.version());
		String folded = TextFolding.fold(c.name());
		values.add(folded.length() > 200 ? folded.substring(0, 200) : folded);
		return values;
	}

	private static Company map(ResultSet rs, int row) throws SQLException {
		String band = rs.getString("size_band");
		return new Company(new CompanyId(rs.getObject("id", UUID.class)), rs.getString("name"), rs.getString("domain"),
				rs.getString("industry"), band == null ? null : CompanySizeBand.valueOf(band), rs.getString("phone"),
				rs.getString("website"), new PostalAddress(rs.getString("street"), rs.getString("city"),
						rs.getString("postal_code"), rs.getString("country")),
				DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}
}
