package dev.custodian.company;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.PostalAddress;
import dev.custodian.shared.TextFolding;
import dev.custodian.vault.KeyRing;
import org.jspecify.annotations.Nullable;

/**
 * A company as stored: its contact details sealed under the company's own data key, each bound to this table, its
 * column and the company. A company stored before sealing existed is read from its clear copy
 * ({@code company_unsealed_values}) until {@link CompanySealing} has sealed it.
 */
record SealedCompanyRow(UUID id, String name, @Nullable UUID subjectId, @Nullable String domain,
		@Nullable String industry, @Nullable String sizeBand, byte @Nullable [] phone, byte @Nullable [] email,
		@Nullable String website, byte @Nullable [] street, byte @Nullable [] city, byte @Nullable [] postalCode,
		byte @Nullable [] country, @Nullable Instant restrictedAt, Instant createdAt, Instant updatedAt,
		long version, @Nullable ClearCopy unsealed) {

	static final String TABLE = CompanyDeclarations.TABLE;

	/** The columns written, in the order of {@link #values}. */
	static final String COLUMNS = "id, name, subject_id, domain, industry, size_band, phone, email, website, street, "
			+ "city, postal_code, country, created_at, updated_at, version, name_folded";

	/** What reads select: the stored row (alias {@code c}) and the clear copy of a company not yet sealed. */
	static final String SELECT = "select c.id, c.name, c.subject_id, c.domain, c.industry, c.size_band, c.phone, "
			+ "c.email, c.website, c.street, c.city, c.postal_code, c.country, c.restricted_at, c.created_at, "
			+ "c.updated_at, c.version, u.company_id as unsealed, u.phone as unsealed_phone, "
			+ "u.street as unsealed_street, u.city as unsealed_city, u.postal_code as unsealed_postal_code, "
			+ "u.country as unsealed_country";

	static final String FROM = " from companies c left join company_unsealed_values u on u.company_id = c.id";

	/** The columns this row seals: exactly those the company module declares sealed in the data catalogue. */
	static final List<String> SEALED_COLUMNS = CatalogueDeclarations.sealedColumns(CompanyDeclarations.FIELDS, TABLE);

	/** Whether the row's values are sealed, rather than still in the clear copy (which needs no key to read). */
	boolean sealed() {
		return unsealed == null;
	}

	/**
	 * The company with its values opened; {@code ring} must hold the company's key unless the row is not sealed
	 * yet.
	 */
	Company open(@Nullable KeyRing ring) {
		ClearCopy clear = unsealed;
		String openedEmail = null;
		if (clear == null) {
			KeyRing keys = Objects.requireNonNull(ring, "a sealed company needs its key ring");
			clear = new ClearCopy(keys.open(id, TABLE, "phone", phone),
					new PostalAddress(keys.open(id, TABLE, "street", street), keys.open(id, TABLE, "city", city),
							keys.open(id, TABLE, "postal_code", postalCode), keys.open(id, TABLE, "country", country)));
			openedEmail = keys.open(id, TABLE, "email", email);
		}
		return new Company(new CompanyId(id), name, subjectId != null, domain, industry,
				sizeBand == null ? null : CompanySizeBand.valueOf(sizeBand), clear.phone(), openedEmail, website,
				clear.address(), restrictedAt != null, createdAt, updatedAt, version);
	}

	/** The values of {@link #COLUMNS} for a company, its contact details sealed under the company's key. */
	static List<Object> values(Company c, KeyRing ring) {
		UUID key = c.id().value();
		List<Object> values = new ArrayList<>();
		values.add(key);
		values.add(c.name());
		values.add(c.subjectId());
		values.add(c.domain());
		values.add(c.industry());
		values.add(c.sizeBand() == null ? null : c.sizeBand().name());
		values.add(seal(ring, key, "phone", c.phone()));
		values.add(seal(ring, key, "email", c.email()));
		values.add(c.website());
		values.add(seal(ring, key, "street", c.address().street()));
		values.add(seal(ring, key, "city", c.address().city()));
		values.add(seal(ring, key, "postal_code", c.address().postalCode()));
		values.add(seal(ring, key, "country", c.address().country()));
		values.add(DbTime.param(c.createdAt()));
		values.add(DbTime.param(c.updatedAt()));
		values.add(c.version());
		String folded = TextFolding.fold(c.name());
		values.add(folded.length() > 200 ? folded.substring(0, 200) : folded);
		return values;
	}

	/** Seals a value, refusing a column the catalogue does not declare sealed, so no second list can drift. */
	static byte @Nullable [] seal(KeyRing ring, UUID company, String column, @Nullable String value) {
		if (!SEALED_COLUMNS.contains(column)) {
			throw new IllegalStateException(TABLE + "." + column + " is not declared sealed in the data catalogue");
		}
		return ring.seal(company, TABLE, column, value);
	}

	static SealedCompanyRow map(ResultSet rs, int row) throws SQLException {
		ClearCopy unsealed = rs.getObject("unsealed", UUID.class) == null ? null
				: new ClearCopy(rs.getString("unsealed_phone"),
						new PostalAddress(rs.getString("unsealed_street"), rs.getString("unsealed_city"),
								rs.getString("unsealed_postal_code"), rs.getString("unsealed_country")));
		return new SealedCompanyRow(rs.getObject("id", UUID.class), rs.getString("name"),
				rs.getObject("subject_id", UUID.class), rs.getString("domain"), rs.getString("industry"),
				rs.getString("size_band"), rs.getBytes("phone"), rs.getBytes("email"), rs.getString("website"),
				rs.getBytes("street"), rs.getBytes("city"), rs.getBytes("postal_code"), rs.getBytes("country"),
				DbTime.read(rs, "restricted_at"), DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"),
				rs.getLong("version"), unsealed);
	}

	/** The clear values of a company stored before sealing existed (it had no email then). */
	record ClearCopy(@Nullable String phone, PostalAddress address) {
	}
}
