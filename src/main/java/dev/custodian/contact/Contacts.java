package dev.custodian.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.company.CompanyId;
import dev.custodian.identity.UserId;
import dev.custodian.shared.Cursor;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.PostalAddress;
import dev.custodian.shared.TextFolding;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * All contacts, most recently updated first. Cursors hold a timestamp and an id, never a name, because they
 * travel in URLs.
 */
@Repository
class Contacts {

	private static final String COLUMNS = "id, first_name, last_name, email, phone, job_title, company_id, owner_id, "
			+ "lifecycle_stage, source, street, city, postal_code, country, created_at, updated_at, version";

	private final JdbcClient jdbc;

	Contacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Contact> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from contacts where id = ?").param(id).query(Contacts::map).optional();
	}

	Optional<UUID> idByEmail(String email) {
		return jdbc.sql("select id from contacts where email_folded = ?")
			.param(TextFolding.fold(email))
			.query(UUID.class)
			.optional();
	}

	long count() {
		return jdbc.sql("select count(*) from contacts").query(Long.class).single();
	}

	long countByCompany(CompanyId company) {
		return jdbc.sql("select count(*) from contacts where company_id = ?")
			.param(company.value())
			.query(Long.class)
			.single();
	}

	/** Up to {@code limit + 1} matches, so the caller can tell whether another page follows. */
	List<Contact> find(ContactQuery query, int limit) {
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from contacts c where 1 = 1");
		List<Object> params = new ArrayList<>();
		String q = TextFolding.fold(query.q());
		if (!q.isEmpty()) {
			String prefix = TextFolding.likePrefix(q);
			sql.append(" and (c.first_folded like ? escape '\\' or c.last_folded like ? escape '\\'"
					+ " or c.full_folded like ? escape '\\' or c.email_folded like ? escape '\\')");
			params.addAll(List.of(prefix, prefix, prefix, prefix));
		}
		if (query.company() != null) {
			sql.append(" and c.company_id = ?");
			params.add(query.company().value());
		}
		if (query.owner() != null) {
			sql.append(" and c.owner_id = ?");
			params.add(query.owner().value());
		}
		if (query.stage() != null) {
			sql.append(" and c.lifecycle_stage = ?");
			params.add(query.stage().name());
		}
		if (query.page().cursor() != null) {
			Position after = Position.decode(query.page().cursor());
			sql.append(" and (c.updated_at < ? or (c.updated_at = ? and c.id < ?))");
			params.add(DbTime.param(after.updatedAt()));
			params.add(DbTime.param(after.updatedAt()));
			params.add(after.id());
		}
		sql.append(" order by c.updated_at desc, c.id desc limit ?");
		params.add(limit + 1);
		return jdbc.sql(sql.toString()).params(params).query(Contacts::map).list();
	}

	void insert(Contact contact) {
		jdbc.sql("insert into contacts (" + COLUMNS + ", subject_id, email_folded, first_folded, last_folded, "
				+ "full_folded) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(values(contact))
			.update();
	}

	boolean update(Contact contact, long expectedVersion) {
		List<Object> params = new ArrayList<>(values(contact).subList(1, 22));
		params.add(contact.id().value());
		params.add(expectedVersion);
		return jdbc.sql("""
				update contacts set first_name = ?, last_name = ?, email = ?, phone = ?, job_title = ?, company_id = ?,
				       owner_id = ?, lifecycle_stage = ?, source = ?, street = ?, city = ?, postal_code = ?,
				       country = ?, created_at = ?, updated_at = ?, version = ?, subject_id = ?, email_folded = ?,
				       first_folded = ?, last_folded = ?, full_folded = ?
				where id = ? and version = ?""").params(params).update() == 1;
	}

	boolean delete(UUID id) {
		return jdbc.sql("delete from contacts where id = ?").param(id).update() == 1;
	}

	private static List<Object> values(Contact c) {
		List<Object> values = new ArrayList<>();
		values.add(c.id().value());
		values.add(c.firstName());
		values.add(c.lastName());
		values.add(c.email());
		values.add(c.phone());
		values.add(c.jobTitle());
		values.add(c.companyId() == null ? null : c.companyId().value());
		values.add(c.ownerId() == null ? null : c.ownerId().value());
		values.add(c.lifecycleStage().name());
		values.add(c.source());
		values.add(c.address().street());
		values.add(c.address().city());
		values.add(c.address().postalCode());
		values.add(c.address().country());
		values.add(DbTime.param(c.createdAt()));
		values.add(DbTime.param(c.updatedAt()));
		values.add(c.version());
		values.add(c.subjectId());
		values.add(c.email() == null ? null : TextFolding.fold(c.email()));
		values.add(nullIfEmpty(TextFolding.fold(c.firstName())));
		values.add(nullIfEmpty(TextFolding.fold(c.lastName())));
		values.add(nullIfEmpty(TextFolding.fold(c.firstName()) + " " + TextFolding.fold(c.lastName())));
		return values;
	}

	private static @Nullable String nullIfEmpty(String text) {
		return text.isBlank() ? null : text.strip();
	}

	static String cursorAfter(Contact last) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, last.updatedAt());
		return Cursor.of(Long.toString(micros), last.id().toString()).encode();
	}

	private static Contact map(ResultSet rs, int row) throws SQLException {
		UUID company = rs.getObject("company_id", UUID.class);
		UUID owner = rs.getObject("owner_id", UUID.class);
		return new Contact(new ContactId(rs.getObject("id", UUID.class)), rs.getString("first_name"),
				rs.getString("last_name"), rs.getString("email"), rs.getString("phone"), rs.getString("job_title"),
				company == null ? null : new CompanyId(company), owner == null ? null : new UserId(owner),
				LifecycleStage.valueOf(rs.getString("lifecycle_stage")), rs.getString("source"),
				new PostalAddress(rs.getString("street"), rs.getString("city"), rs.getString("postal_code"),
						rs.getString("country")),
				DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}

	private record Position(Instant updatedAt, UUID id) {

		static Position decode(Cursor cursor) {
			try {
				UUID id = Ids.parseOrNull(cursor.values().size() == 2 ? cursor.value(1) : null);
				if (id == null) {
					throw new NumberFormatException();
				}
				return new Position(Instant.EPOCH.plus(Long.parseLong(cursor.value(0)), ChronoUnit.MICROS), id);
			}
			catch (NumberFormatException | ArithmeticException ex) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
		}
	}
}
