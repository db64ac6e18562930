package dev.custodian.contact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.custodian.company.CompanyId;
import dev.custodian.shared.Cursor;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListCount;
import dev.custodian.vault.BlindIndex;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All contacts, stored sealed: every personal value is encrypted under the contact's own data key (bound to its
 * table, column and subject), and search goes through blind indexes. Lists sort by what is in the clear
 * (most recently updated first by default); cursors hold a timestamp or number and an id, never a name, because
 * they travel in URLs.
 */
@Repository
class Contacts {

	private static final String COLUMNS = SealedContactRow.COLUMNS;

	private static final String SELECTED = SealedContactRow.SELECTED;

	private static final Logger log = LoggerFactory.getLogger(Contacts.class);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Vault vault;

	Contacts(JdbcClient jdbc, JdbcTemplate template, Vault vault) {
		this.jdbc = jdbc;
		this.template = template;
		this.vault = vault;
	}

	Optional<Contact> byId(UUID id) {
		return open(jdbc.sql("select " + SELECTED + " from contacts where id = ?").param(id).query(SealedContactRow::map).list())
			.stream()
			.findFirst();
	}

	/** The contact that is this data subject, if there is one and it can be opened. */
	Optional<Contact> bySubject(UUID subject) {
		return open(jdbc.sql("select " + SELECTED + " from contacts where subject_id = ?").param(subject)
			.query(SealedContactRow::map)
			.list()).stream().findFirst();
	}

	/** The contacts of those ids that exist and can be opened (erased people are gone), in no particular order. */
	List<Contact> byIds(List<UUID> ids) {
		List<Contact> found = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += 500) {
			found.addAll(open(jdbc.sql("select " + SELECTED + " from contacts where id in (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.query(SealedContactRow::map)
				.list()));
		}
		return found;
	}

	Optional<UUID> idByEmail(String email) {
		return jdbc.sql("select id from contacts where email_index = ?")
			.param(SearchTokens.emailIndex(email, vault.index()))
			.query(UUID.class)
			.optional();
	}

	/** A contact with this phone number (E.164), the oldest if several share it. */
	Optional<UUID> idByPhone(String e164) {
		return jdbc.sql("select id from contacts where phone_index = ? order by id limit 1")
			.param(SearchTokens.phoneIndex(e164, vault.index()))
			.query(UUID.class)
			.optional();
	}

	/** Records where the contacts' data came from ({@code import:<job id>}). */
	void markOrigin(List<UUID> ids, String origin) {
		for (int from = 0; from < ids.size(); from += 500) {
			jdbc.sql("update contacts set origin = :origin where id in (:ids)")
				.param("origin", origin)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.update();
		}
	}

	/** Where the contact's data came from, when it was not typed in. */
	Optional<String> originOf(UUID id) {
		return jdbc.sql("select origin from contacts where id = ? and origin is not null").param(id)
			.query(String.class)
			.optional();
	}

	/** How many contacts the caller sees. */
	long count(ContactScope.Visibility visibility) {
		return jdbc.sql("select count(*) from contacts where 1 = 1" + conditions(visibility))
			.params(conditionParams(visibility))
			.query(Long.class)
			.single();
	}

	long countByCompany(CompanyId company, ContactScope.Visibility visibility) {
		List<Object> params = new ArrayList<>(List.of(company.value()));
		params.addAll(conditionParams(visibility));
		return jdbc.sql("select count(*) from contacts where company_id = ?" + conditions(visibility))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String conditions(ContactScope.Visibility visibility) {
		return (visibility.withRestricted() ? "" : " and restricted_at is null")
				+ (visibility.ownerOnly() == null ? "" : " and owner_id = ?");
	}

	private static List<Object> conditionParams(ContactScope.Visibility visibility) {
		return visibility.ownerOnly() == null ? List.of() : List.of(visibility.ownerOnly());
	}

	/** A search text matching at most this many contacts has them looked up by id (see {@link ContactFilter}). */
	static final int FEW_MATCHES = 1_000;

	private ContactFilter filter(ContactQuery query, ContactScope.Visibility visibility) {
		BlindIndex index = vault.index();
		return ContactFilter.of(query, index, visibility, fewMatches(query.q(), index));
	}

	/**
	 * The contacts a search text points to through its tokens and its email and phone indexes, when there are at
	 * most {@link #FEW_MATCHES} of them; {@code null} when there are more (or there is no text). Reads ids only, at
	 * most {@code FEW_MATCHES + 1} rows.
	 */
	private @Nullable List<UUID> fewMatches(@Nullable String q, BlindIndex index) {
		SearchTokens.Query search = SearchTokens.Query.of(q);
		if (search.isEmpty()) {
			return null;
		}
		Set<String> tokens = SearchTokens.forQuery(search, index);
		List<Object> params = new ArrayList<>(tokens);
		params.add(SearchTokens.emailIndex(q, index));
		params.add(SearchTokens.phoneQuery(q, index).orElse(""));
		params.add(FEW_MATCHES + 1);
		String sql = (tokens.isEmpty() ? ""
				: "select t.subject_id from contact_search_tokens t where t.token in ("
						+ String.join(", ", Collections.nCopies(tokens.size(), "?")) + ") union all ")
				+ "select c.id from contacts c where c.email_index = ? or c.phone_index = ? limit ?";
		List<UUID> ids = jdbc.sql(sql).params(params).query(UUID.class).list();
		return ids.size() > FEW_MATCHES ? null : List.copyOf(new LinkedHashSet<>(ids));
	}

	/**
	 * Up to {@code limit + 1} matches, each with its position in the query's order, so the caller can tell whether
	 * another page follows and where it starts. Rows are fetched in batches until that many matched or the rows
	 * ran out: a query longer than the indexed prefixes is checked on the opened values, and rows without a key
	 * are left out, so one batch of {@code limit + 1} rows may hold fewer matches while more follow. Each batch
	 * continues after the last row examined. Only the contacts the caller sees are found.
	 */
	List<Found> find(ContactQuery query, int limit, ContactScope.Visibility visibility) {
		ContactFilter filter = filter(query, visibility);
		boolean check = SearchTokens.needsCheck(filter.search());
		KeysetPosition after = query.page().cursor() == null ? null : position(filter, query.page().cursor());
		int batch = limit + 1;
		List<Found> found = new ArrayList<>();
		while (found.size() <= limit) {
			List<Found> rows = jdbc.sql(filter.sql(SELECTED, after))
				.params(filter.params(after, batch))
				.query((rs, n) -> new Found(SealedContactRow.map(rs, n), null,
						KeysetPosition.of(filter.sort(), rs, rs.getObject("id", UUID.class))))
				.list();
			Map<UUID, Contact> opened = new HashMap<>();
			open(rows.stream().map(Found::row).toList()).forEach(c -> opened.put(c.id().value(), c));
			for (Found row : rows) {
				Contact contact = opened.get(row.row().id());
				// the tokens only cover the first characters of a value: check the rest on the opened values
				if (contact != null && found.size() <= limit
						&& (!check || SearchTokens.matches(contact, filter.search(), query.q()))) {
					found.add(new Found(row.row(), contact, row.position()));
				}
			}
			if (rows.size() < batch) {
				break;
			}
			after = rows.get(rows.size() - 1).position();
		}
		return found;
	}

	/** How many contacts match the query's filters, up to {@link ListCount#CAP}. */
	ListCount count(ContactQuery query, ContactScope.Visibility visibility) {
		ContactFilter filter = filter(query, visibility);
		return ListCount.of(jdbc.sql(filter.countSql()).params(filter.params()).query(Long.class).single());
	}

	private KeysetPosition position(ContactFilter filter, Cursor cursor) {
		KeysetPosition position = KeysetPosition.decode(cursor, filter.sort());
		if (position.value() != null) {
			return position;
		}
		return jdbc.sql(filter.positionSql())
			.param(position.id())
			.query((rs, n) -> position.withValue(rs.getString(1)))
			.optional()
			.orElseThrow(() -> InvalidInputException.of("cursor", "names a contact that was deleted; start again "
					+ "from the first page"));
	}

	/** A matching row, opened, and where it stands in the list's order. */
	record Found(SealedContactRow row, @Nullable Contact contact, KeysetPosition position) {
	}

	/** Stores a new contact under a new data key, in the caller's transaction. */
	void insert(Contact contact) {
		KeyRing ring = vault.newSubject(contact.subjectId());
		List<Object> values = SealedContactRow.values(contact, ring, vault.index());
		jdbc.sql("insert into contacts (" + COLUMNS + ", subject_id, email_index, phone_index) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values)
			.update();
		writeTokens(contact);
	}

	/**
	 * Stores many new contacts at once (an import's batch), each under a new data key of its own, with their search
	 * tokens and where they came from: the same rows {@link #insert} writes, in three bulk writes (COPY on
	 * PostgreSQL) in the caller's transaction.
	 */
	void insertAll(List<Contact> all, String origin) {
		if (all.isEmpty()) {
			return;
		}
		KeyRing ring = vault.newSubjects(all.stream().map(Contact::subjectId).toList());
		BlindIndex index = vault.index();
		List<Object[]> rows = new ArrayList<>(all.size());
		List<Object[]> tokens = new ArrayList<>(all.size() * 48);
		for (Contact contact : all) {
			List<Object> values = new ArrayList<>(SealedContactRow.values(contact, ring, index));
			values.add(origin);
			values.add(SearchTokens.VERSION);
			rows.add(values.toArray());
			for (String token : SearchTokens.of(contact, index)) {
				tokens.add(new Object[] { token, contact.subjectId() });
			}
		}
		javax.sql.DataSource dataSource = java.util.Objects.requireNonNull(template.getDataSource());
		List<String> columns = new ArrayList<>(List.of(COLUMNS.split(",\\s*")));
		columns.addAll(List.of("subject_id", "email_index", "phone_index", "origin", "search_version"));
		dev.custodian.shared.BulkRows.insert(dataSource, "contacts", columns, rows);
		dev.custodian.shared.BulkRows.insert(dataSource, "contact_search_tokens", List.of("token", "subject_id"),
				tokens);
	}

	/**
	 * Refreshes the planner's statistics of the contact tables (PostgreSQL): a table that grows fast under an
	 * import otherwise keeps the plans made while it was small (a scan of every row for a lookup by email index),
	 * until autovacuum gets to it, if it runs at all.
	 */
	void refreshStatistics() {
		javax.sql.DataSource dataSource = java.util.Objects.requireNonNull(template.getDataSource());
		java.sql.Connection connection = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
		try {
			if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
				template.execute("analyze contacts, contact_search_tokens");
			}
		}
		catch (java.sql.SQLException ex) {
			log.warn("Could not refresh the contact tables' statistics: {}", ex.getClass().getSimpleName());
		}
		finally {
			org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** The contacts holding these email indexes, by index. */
	Map<String, UUID> idsByEmailIndex(java.util.Collection<String> indexes) {
		return idsBy("email_index", indexes);
	}

	/** The contacts holding these phone indexes, by index (the oldest where several share one). */
	Map<String, UUID> idsByPhoneIndex(java.util.Collection<String> indexes) {
		return idsBy("phone_index", indexes);
	}

	/**
	 * One query for the whole list, as an array parameter: {@code = any(?)} is one indexed lookup per value, where
	 * an {@code in} list of hundreds of parameters is compared with every row when the planner expects few rows.
	 */
	private Map<String, UUID> idsBy(String column, java.util.Collection<String> indexes) {
		Map<String, UUID> found = new HashMap<>();
		if (indexes.isEmpty()) {
			return found;
		}
		jdbc.sql("select " + column + ", id from contacts where " + column + " = any(?) order by id")
			.param(indexes.toArray(String[]::new))
			.query((rs, n) -> found.putIfAbsent(rs.getString(1), rs.getObject(2, UUID.class)))
			.list();
		return found;
	}

	static @Nullable String emailIndexOf(Contact contact, BlindIndex index) {
		return SearchTokens.emailIndex(contact.email(), index);
	}

	static @Nullable String phoneIndexOf(Contact contact, BlindIndex index) {
		return SearchTokens.phoneIndex(contact.phone(), index);
	}

	boolean update(Contact contact, long expectedVersion) {
		KeyRing ring = vault.ring(List.of(contact.subjectId()));
		List<Object> params = new ArrayList<>(SealedContactRow.values(contact, ring, vault.index()).subList(1, 20));
		params.add(contact.id().value());
		params.add(expectedVersion);
		boolean updated = jdbc.sql("""
				update contacts set first_name = ?, last_name = ?, email = ?, phone = ?, job_title = ?, company_id = ?,
				       owner_id = ?, lifecycle_stage = ?, source = ?, street = ?, city = ?, postal_code = ?,
				       country = ?, created_at = ?, updated_at = ?, version = ?, subject_id = ?, email_index = ?,
				       phone_index = ?
				where id = ? and version = ?""").params(params).update() == 1;
		if (updated) {
			jdbc.sql("delete from contact_search_tokens where subject_id = ?").param(contact.subjectId()).update();
			writeTokens(contact);
		}
		return updated;
	}

	/**
	 * Locks the contact's row for the rest of the caller's transaction and reads it. Every change of a contact
	 * takes this lock first (a deletion by deleting the row), before its search tokens and its key: one order
	 * everywhere, so a change and a deletion queue up instead of deadlocking, and a key is never shredded under
	 * a change in progress.
	 */
	Optional<Contact> lockedById(UUID id) {
		return open(jdbc.sql("select " + SELECTED + " from contacts where id = ? for update").param(id)
			.query(SealedContactRow::map)
			.list()).stream().findFirst();
	}

	/**
	 * Deletes the contact, if it is still at {@code expectedVersion} (any version when {@code null}), with its
	 * search tokens (by cascade, after the contact's row lock), and destroys its data key, all in the caller's
	 * transaction. The version is checked in the same statement, so a change acknowledged a moment before is
	 * never deleted by a client that did not see it.
	 * @return whether a row was deleted
	 */
	boolean delete(UUID id, @Nullable Long expectedVersion) {
		int deleted = expectedVersion == null
				? jdbc.sql("delete from contacts where id = ?").param(id).update()
				: jdbc.sql("delete from contacts where id = ? and version = ?").params(id, expectedVersion).update();
		if (deleted == 1) {
			vault.shred(id);
		}
		return deleted == 1;
	}

	/** Unlinks every contact of a company (a new version of each); returns the subjects concerned. */
	List<UUID> detachFromCompany(CompanyId company) {
		List<UUID> ids = jdbc.sql("select id from contacts where company_id = ? for update")
			.param(company.value())
			.query(UUID.class)
			.list();
		jdbc.sql("update contacts set company_id = null, version = version + 1, updated_at = ? where company_id = ?")
			.params(DbTime.param(DbTime.now()), company.value())
			.update();
		return ids;
	}

	/**
	 * Removes rows of subjects that were erased, as a restored backup may bring them back; returns the ids of the
	 * contacts removed.
	 */
	List<UUID> deleteErased(List<UUID> subjects) {
		List<UUID> removed = new ArrayList<>();
		for (int from = 0; from < subjects.size(); from += 500) {
			List<UUID> chunk = subjects.subList(from, Math.min(subjects.size(), from + 500));
			List<UUID> back = jdbc.sql("select id from contacts where subject_id in (:ids) for update")
				.param("ids", chunk)
				.query(UUID.class)
				.list();
			if (!back.isEmpty()) {
				jdbc.sql("delete from contact_search_tokens where subject_id in (:ids)").param("ids", back).update();
				jdbc.sql("delete from contacts where id in (:ids)").param("ids", back).update();
				removed.addAll(back);
			}
		}
		return removed;
	}

	/**
	 * Writes the search tokens of up to {@code batch} contacts whose tokens were computed an older way, claiming
	 * their rows ({@code SKIP LOCKED}, so several nodes share the work and none waits on a row being edited);
	 * returns how many it re-tokenised. Runs in the caller's transaction.
	 */
	int retokenise(int batch) {
		List<SealedContactRow> rows = jdbc.sql("select " + SELECTED + " from contacts where search_version < ? "
				+ "order by id limit ? for update skip locked")
			.params(SearchTokens.VERSION, batch)
			.query(SealedContactRow::map)
			.list();
		List<Contact> opened = open(rows);
		for (Contact contact : opened) {
			jdbc.sql("delete from contact_search_tokens where subject_id = ?").param(contact.subjectId()).update();
			writeTokens(contact);
		}
		if (!rows.isEmpty()) {
			// a row without a key (an erasure a restored backup undid) cannot be opened: leave it to the replay
			jdbc.sql("update contacts set search_version = :version where id in (:ids)")
				.param("version", SearchTokens.VERSION)
				.param("ids", rows.stream().map(SealedContactRow::id).toList())
				.update();
		}
		return rows.size();
	}

	private void writeTokens(Contact contact) {
		List<Object[]> rows = SearchTokens.of(contact, vault.index())
			.stream()
			.map(token -> new Object[] { token, contact.subjectId() })
			.toList();
		template.batchUpdate("insert into contact_search_tokens (token, subject_id) values (?, ?)", rows);
		jdbc.sql("update contacts set search_version = ? where id = ?")
			.params(SearchTokens.VERSION, contact.id().value())
			.update();
	}

	/**
	 * Opens a page of rows with one key lookup for all of them. A row whose key is gone (an erased person that a
	 * restored backup brought back, until the start-up replay removes it) cannot be read by anyone, so it is left
	 * out rather than failing the whole page.
	 */
	private List<Contact> open(List<SealedContactRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		KeyRing ring = vault.ring(rows.stream().map(SealedContactRow::id).toList());
		List<Contact> opened = new ArrayList<>(rows.size());
		for (SealedContactRow row : rows) {
			if (ring.holds(row.id())) {
				opened.add(row.open(ring));
			}
			else {
				log.warn("Contact {} has no data key (erased); it is not shown", row.id());
			}
		}
		return opened;
	}

}
