package dev.custodian.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.PostalAddress;
import dev.custodian.shared.TextFolding;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All companies, ordered by folded name.
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
	 * Fetches up to {@code limit + 1} rows so the caller knows whether a next page exists. The cursor is the id
	 * of the last company shown; the position is looked up from it, so cursors carry no names.
	 */
	List<Company> find(CompanyQuery query, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from companies c where 1 = 1");
		List<Object> params = new ArrayList<>();
		String q = TextFolding.fold(query.q());
		if (!q.isEmpty()) {
			sql.append(" and (c.name_folded like ? escape '\\' or c.domain like ? escape '\\')");
			params.add(TextFolding.likePrefix(q));
			params.add(TextFolding.likePrefix(q));
		}
		if (query.page().cursor() != null) {
			UUID after = Ids.parseOrNull(query.page().cursor().value(0));
			Optional<String> afterName = after == null ? Optional.empty()
					: jdbc.sql("select name_folded from companies where id = ?").param(after).query(String.class).optional();
			if (afterName.isEmpty()) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued, or its company was deleted");
			}
			sql.append(" and (c.name_folded > ? or (c.name_folded = ? and c.id > ?))");
			params.add(afterName.get());
			params.add(afterName.get());
			params.add(after);
		}
		sql.append(" order by c.name_folded, c.id limit ?");
		params.add(limit + 1);
		return jdbc.sql(sql.toString()).params(params).query(Companies::map).list();
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
