package dev.custodian.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

import static dev.custodian.company.CompanyDeclarations.TABLE;
import static dev.custodian.company.CompanyDeclarations.UNSEALED;

/**
 * The company module's personal data: a sole trader's company record (an organisation is no data subject). Its
 * export walks the catalogue's declarations of the company table, so a column declared there is exported without a
 * second list; erasure deletes the company as a deletion does (contacts stay, without a company), destroys its key
 * and journals it; restriction marks the row, which then refuses changes and leaves lists for all but the
 * data-protection officer. Runs in the caller's transaction; the privacy module checks permissions and audits.
 */
@Component
class CompanyDataHolder implements PersonalDataHolder {

	private static final String MODULE = "company";

	private final JdbcClient jdbc;

	private final Vault vault;

	private final CompanyContacts members;

	CompanyDataHolder(JdbcClient jdbc, Vault vault, CompanyContacts members) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.members = members;
	}

	@Override
	public String module() {
		return MODULE;
	}

	@Override
	public List<String> tables() {
		return List.of(TABLE);
	}

	/** The sole trader's company with every declared field that holds a value, personal ones tagged. */
	@Override
	public List<ExportedRecord> export(UUID subject) {
		Optional<Map<String, Object>> row = jdbc.sql("select * from companies where subject_id = ?").param(subject)
			.query(CompanyDataHolder::columns)
			.optional();
		if (row.isEmpty()) {
			return List.of();
		}
		Map<String, Object> clearCopy = jdbc.sql("select * from " + UNSEALED + " where company_id = ?").param(subject)
			.query(CompanyDataHolder::columns)
			.optional()
			.orElse(null);
		KeyRing ring = clearCopy == null ? vault.ring(List.of(subject)) : null;
		List<ExportedValue> values = new ArrayList<>();
		for (FieldDeclaration field : CompanyDeclarations.FIELDS) {
			if (!field.table().equals(TABLE)) {
				continue;
			}
			Object value = value(field, row.get().get(field.column()), clearCopy, ring, subject);
			if (value != null) {
				values.add(new ExportedValue(field.field(),
						field.category() == null ? null : field.category().code(), value));
			}
		}
		return List.of(new ExportedRecord(MODULE, subject.toString(), values));
	}

	/**
	 * Deletes the sole trader's company, its contacts kept without a company, destroys its key and journals the
	 * erasure, so a restored backup does not bring it back.
	 */
	@Override
	public ErasureOutcome erase(UUID subject) {
		Optional<UUID> company = jdbc.sql("select id from companies where subject_id = ? for update").param(subject)
			.query(UUID.class)
			.optional();
		if (company.isEmpty()) {
			return ErasureOutcome.nothing(MODULE);
		}
		members.detachAll(new CompanyId(company.get()));
		jdbc.sql("delete from companies where id = ?").param(company.get()).update();
		vault.shred(company.get());
		vault.recordErasure(company.get());
		return new ErasureOutcome(MODULE, 1, List.of());
	}

	@Override
	public boolean holds(UUID subject) {
		return jdbc.sql("select count(*) from companies where subject_id = ?").param(subject).query(Long.class).single() > 0;
	}

	@Override
	public boolean restricted(UUID subject) {
		return jdbc.sql("select count(*) from companies where subject_id = ? and restricted_at is not null")
			.param(subject)
			.query(Long.class)
			.single() > 0;
	}

	@Override
	public void restrict(UUID subject) {
		jdbc.sql("update companies set restricted_at = ?, version = version + 1 where subject_id = ? "
				+ "and restricted_at is null")
			.params(DbTime.param(DbTime.now()), subject)
			.update();
	}

	@Override
	public void lift(UUID subject) {
		jdbc.sql("update companies set restricted_at = null, version = version + 1 where subject_id = ? "
				+ "and restricted_at is not null")
			.param(subject)
			.update();
	}

	/** A column's value as exported: opened when sealed, text for ids and times, as stored otherwise. */
	private static @Nullable Object value(FieldDeclaration field, @Nullable Object stored,
			@Nullable Map<String, Object> clearCopy, @Nullable KeyRing ring, UUID subject) {
		if (field.protection().sealed()) {
			if (clearCopy != null) {
				Object clear = clearCopy.get(field.column());
				return clear == null ? null : clear.toString().trim();
			}
			return ring == null ? null : ring.open(subject, TABLE, field.column(), (byte[]) stored);
		}
		if (stored instanceof Timestamp time) {
			return time.toInstant().toString();
		}
		if (stored instanceof OffsetDateTime time) {
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
