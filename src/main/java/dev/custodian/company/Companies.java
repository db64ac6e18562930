package dev.custodian.company;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.custodian.shared.Cursor;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.TextFolding;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static dev.custodian.company.SealedCompanyRow.FROM;
import static dev.custodian.company.SealedCompanyRow.SELECT;

/**
 * All companies, by folded name unless a query asks for another order. Each company's contact details are sealed
 * under a data key of its own (the company's id), created with the company and destroyed with it. Restricted
 * companies are left out of lists and counts unless the caller asks for them.
 */
@Repository
class Companies {

	private static final Logger log = LoggerFactory.getLogger(Companies.class);

	private final JdbcClient jdbc;

	private final Vault vault;

	Companies(JdbcClient jdbc, Vault vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}

	Optional<Company> byId(UUID id) {
		List<Positioned> found = open(jdbc.sql(SELECT + FROM + " where c.id = ?").param(id)
			.query((rs, n) -> new Positioned(SealedCompanyRow.map(rs, n), null, null))
			.list());
		return found.stream().map(Positioned::company).filter(c -> c != null).findFirst();
	}

	/**
	 * Locks the company's row for the rest of the caller's transaction and reads it. Changes and deletions of a
	 * company take this lock first, before any contact of it, so they queue up in one order.
	 */
	Optional<Company> lockedById(UUID id) {
		boolean exists = jdbc.sql("select id from companies where id = ? for update").param(id).query(UUID.class)
			.optional()
			.isPresent();
		return exists ? byId(id) : Optional.empty();
	}

	/** The oldest company with exactly this name, case and accents ignored. */
	Optional<UUID> idByName(String name) {
		return jdbc.sql("select id from companies where name_folded = ? order by id limit 1")
			.param(TextFolding.fold(name))
			.query(UUID.class)
			.optional();
	}

	/** The sole traders among these companies (their subject is their id). */
	List<UUID> soleTradersAmong(List<UUID> ids) {
		List<UUID> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 500) {
			found.addAll(jdbc.sql("select id from companies where subject_id is not null and id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query(UUID.class)
				.list());
		}
		return found;
	}

	/** Records where the companies' data came from ({@code import:<job id>}). */
	void markOrigin(List<UUID> ids, String origin) {
		for (int from = 0; from < ids.size(); from += 500) {
			jdbc.sql("update companies set origin = :origin where id in (:ids)")
				.param("origin", origin)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.update();
		}
	}

	Optional<UUID> idByDomain(String domain) {
		return jdbc.sql("select id from companies where domain = ?").param(domain).query(UUID.class).optional();
	}

	/** The names of those companies that exist; nothing sealed is opened. */
	Map<UUID, String> names(Collection<UUID> ids) {
		return names(ids, true);
	}

	/** The names of those of the companies that exist, restricted ones (Art. 18) only if asked for. */
	Map<UUID, String> names(Collection<UUID> ids, boolean withRestricted) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, name from companies where id in (:ids)"
				+ (withRestricted ? "" : " and restricted_at is null"))
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	long count(boolean withRestricted) {
		return jdbc.sql("select count(*) from companies" + (withRestricted ? "" : " where restricted_at is null"))
			.query(Long.class)
			.single();
	}

	/**
	 * Fetches up to {@code limit + 1} rows, each with its position in the query's order, so the caller knows
	 * whether a next page exists and where it starts. A cursor of a text order carries only the id of the last
	 * company shown; the position is looked up from it, so cursors carry no names. A row whose key is gone (a
	 * deleted company a restored backup brought back, until the start-up replay removes it) keeps its position
	 * but has no company.
	 */
	List<Positioned> find(CompanyQuery query, int limit, boolean withRestricted) {
		ListSort sort = query.sort();
		StringBuilder sql = new StringBuilder(SELECT + ", " + sort.key().expression() + " as " + KeysetPosition.COLUMN
				+ FROM);
		List<Object> params = new ArrayList<>();
		sql.append(where(query, withRestricted, params));
		if (query.page().cursor() != null) {
			KeysetPosition after = position(sort, query.page().cursor());
			sql.append(sort.after("c.id"));
			params.add(after.param());
			params.add(after.param());
			params.add(after.id());
		}
		sql.append(sort.orderBy("c.id")).append(" limit ?");
		params.add(limit + 1);
		return open(jdbc.sql(sql.toString())
			.params(params)
			.query((rs, n) -> new Positioned(SealedCompanyRow.map(rs, n), null,
					KeysetPosition.of(sort, rs, rs.getObject("id", UUID.class))))
			.list());
	}

	/** How many companies match the query's filters, up to {@link ListCount#CAP}. */
	ListCount count(CompanyQuery query, boolean withRestricted) {
		List<Object> params = new ArrayList<>();
		String where = where(query, withRestricted, params);
		return ListCount.of(jdbc.sql(ListCount.sql("select 1 from companies c" + where)).params(params)
			.query(Long.class)
			.single());
	}

	private static String where(CompanyQuery query, boolean withRestricted, List<Object> params) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		if (!withRestricted) {
			where.append(" and c.restricted_at is null");
		}
		if (query.soleTrader() != null) {
			where.append(query.soleTrader() ? " and c.subject_id is not null" : " and c.subject_id is null");
		}
		String q = TextFolding.fold(query.q());
		if (!q.isEmpty()) {
			params.add(TextFolding.likePrefix(q));
			params.add(TextFolding.likePrefix(q));
			where.append(" and (c.name_folded like ? escape '\\' or c.domain like ? escape '\\')");
		}
		params.addAll(query.customFields().params());
		return where.append(query.customFields().sql("c.id")).toString();
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

	/**
	 * A company as stored, opened (null when its key is gone), and where it stands in the list's order (null
	 * outside lists).
	 */
	record Positioned(SealedCompanyRow row, @Nullable Company company, @Nullable KeysetPosition position) {
	}

	/** Stores a new company under a new data key of its own, in the caller's transaction. */
	void insert(Company company) {
		KeyRing ring = vault.newSubject(company.id().value());
		jdbc.sql("insert into companies (" + SealedCompanyRow.COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
				+ "?, ?, ?, ?, ?)")
			.params(SealedCompanyRow.values(company, ring))
			.update();
	}

	/**
	 * Stores the company's new values if it is still at {@code expectedVersion}. A company not sealed yet gets its
	 * key now, and its clear copy goes, in the same transaction.
	 */
	boolean update(Company company, long expectedVersion) {
		UUID id = company.id().value();
		boolean unsealed = jdbc.sql("delete from company_unsealed_values where company_id = ?").param(id).update() == 1;
		KeyRing ring = unsealed ? vault.newSubject(id) : vault.ring(List.of(id));
		List<Object> params = new ArrayList<>(SealedCompanyRow.values(company, ring).subList(1, 17));
		params.add(id);
		params.add(expectedVersion);
		return jdbc.sql("""
				update companies set name = ?, subject_id = ?, domain = ?, industry = ?, size_band = ?, phone = ?,
				       email = ?, website = ?, street = ?, city = ?, postal_code = ?, country = ?, created_at = ?,
				       updated_at = ?, version = ?, name_folded = ?
				where id = ? and version = ?""").params(params).update() == 1;
	}

	/**
	 * Deletes the company if it is still at {@code expectedVersion}, checked in the same statement, and destroys
	 * its data key in the caller's transaction (crypto-shredding).
	 */
	boolean delete(UUID id, long expectedVersion) {
		boolean deleted = jdbc.sql("delete from companies where id = ? and version = ?").params(id, expectedVersion)
			.update() == 1;
		if (deleted) {
			vault.shred(id);
		}
		return deleted;
	}

	/**
	 * Opens rows with one key lookup for all of them. A sealed row whose key is gone cannot be read by anyone, so
	 * it is left without a company rather than failing the whole page.
	 */
	private List<Positioned> open(List<Positioned> rows) {
		List<UUID> sealed = rows.stream().map(Positioned::row).filter(SealedCompanyRow::sealed)
			.map(SealedCompanyRow::id)
			.toList();
		KeyRing ring = sealed.isEmpty() ? null : vault.ring(sealed);
		List<Positioned> opened = new ArrayList<>(rows.size());
		for (Positioned p : rows) {
			SealedCompanyRow row = p.row();
			if (row.sealed() && (ring == null || !ring.holds(row.id()))) {
				log.warn("Company {} has no data key (deleted); it is not shown", row.id());
				opened.add(p);
			}
			else {
				opened.add(new Positioned(row, row.open(ring), p.position()));
			}
		}
		return opened;
	}
}
