package dev.custodian.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.company.CompanyId;
import dev.custodian.identity.UserId;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.PostalAddress;
import dev.custodian.vault.BlindIndex;
import dev.custodian.vault.KeyRing;
import org.jspecify.annotations.Nullable;

/**
 * A contact as stored: personal values sealed under the subject's key, each bound to this table and its column.
 */
record SealedContactRow(UUID id, byte @Nullable [] firstName, byte @Nullable [] lastName, byte @Nullable [] email,
		byte @Nullable [] phone, byte @Nullable [] jobTitle, @Nullable CompanyId companyId, @Nullable UserId ownerId,
		LifecycleStage stage, @Nullable String source, byte @Nullable [] street, byte @Nullable [] city,
		byte @Nullable [] postalCode, byte @Nullable [] country, Instant createdAt, Instant updatedAt, long version,
		@Nullable Instant restrictedAt) {

	static final String TABLE = "contacts";

	static final String COLUMNS = "id, first_name, last_name, email, phone, job_title, company_id, owner_id, "
			+ "lifecycle_stage, source, street, city, postal_code, country, created_at, updated_at, version";

	/**
	 * What a read selects: {@link #COLUMNS} and the restriction, which only the privacy module's requests set, never
	 * a write of the contact itself.
	 */
	static final String SELECTED = COLUMNS + ", restricted_at";

	/** The columns this row seals: exactly those the contact module declares sealed in the data catalogue. */
	static final List<String> SEALED_COLUMNS = CatalogueDeclarations.sealedColumns(ContactDeclarations.FIELDS, TABLE);

	Contact open(KeyRing ring) {
		return new Contact(new ContactId(id), ring.open(id, TABLE, "first_name", firstName),
				ring.open(id, TABLE, "last_name", lastName), ring.open(id, TABLE, "email", email),
				ring.open(id, TABLE, "phone", phone), ring.open(id, TABLE, "job_title", jobTitle), companyId, ownerId,
				stage, source,
				new PostalAddress(ring.open(id, TABLE, "street", street), ring.open(id, TABLE, "city", city),
						ring.open(id, TABLE, "postal_code", postalCode), ring.open(id, TABLE, "country", country)),
				createdAt, updatedAt, version, restrictedAt);
	}

	/**
	 * The values of {@link #COLUMNS} for a contact, sealed, followed by {@code subject_id}, {@code email_index}
	 * and {@code phone_index}.
	 */
	static List<Object> values(Contact c, KeyRing ring, BlindIndex index) {
		UUID s = c.subjectId();
		List<Object> values = new ArrayList<>();
		values.add(c.id().value());
		values.add(seal(ring, s, "first_name", c.firstName()));
		values.add(seal(ring, s, "last_name", c.lastName()));
		values.add(seal(ring, s, "email", c.email()));
		values.add(seal(ring, s, "phone", c.phone()));
		values.add(seal(ring, s, "job_title", c.jobTitle()));
		values.add(c.companyId() == null ? null : c.companyId().value());
		values.add(c.ownerId() == null ? null : c.ownerId().value());
		values.add(c.lifecycleStage().name());
		values.add(c.source());
		values.add(seal(ring, s, "street", c.address().street()));
		values.add(seal(ring, s, "city", c.address().city()));
		values.add(seal(ring, s, "postal_code", c.address().postalCode()));
		values.add(seal(ring, s, "country", c.address().country()));
		values.add(DbTime.param(c.createdAt()));
		values.add(DbTime.param(c.updatedAt()));
		values.add(c.version());
		values.add(s);
		values.add(SearchTokens.emailIndex(c.email(), index));
		values.add(SearchTokens.phoneIndex(c.phone(), index));
		return values;
	}

	/** Seals a value, refusing a column the catalogue does not declare sealed, so no second list can drift. */
	static byte @Nullable [] seal(KeyRing ring, UUID subject, String column, @Nullable String value) {
		if (!SEALED_COLUMNS.contains(column)) {
			throw new IllegalStateException(TABLE + "." + column + " is not declared sealed in the data catalogue");
		}
		return ring.seal(subject, TABLE, column, value);
	}

	static SealedContactRow map(ResultSet rs, int row) throws SQLException {
		UUID company = rs.getObject("company_id", UUID.class);
		UUID owner = rs.getObject("owner_id", UUID.class);
		return new SealedContactRow(rs.getObject("id", UUID.class), rs.getBytes("first_name"),
				rs.getBytes("last_name"), rs.getBytes("email"), rs.getBytes("phone"), rs.getBytes("job_title"),
				company == null ? null : new CompanyId(company), owner == null ? null : new UserId(owner),
				LifecycleStage.valueOf(rs.getString("lifecycle_stage")), rs.getString("source"), rs.getBytes("street"),
				rs.getBytes("city"), rs.getBytes("postal_code"), rs.getBytes("country"),
				DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"), rs.getLong("version"),
				DbTime.read(rs, "restricted_at"));
	}
}
