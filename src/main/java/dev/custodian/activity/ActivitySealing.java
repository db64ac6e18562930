package dev.custodian.activity;

import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.SealedData;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seals and opens the content of an activity's copies, refusing any column the catalogue does not declare sealed;
 * and tells the vault which subjects hold sealed copies, so it refuses to start without their keys.
 */
@Component
class ActivitySealing implements SealedData {

	static final String TABLE = "activity_copies";

	static final List<String> SEALED_COLUMNS = CatalogueDeclarations.sealedColumns(ActivityDeclarations.FIELDS,
			TABLE);

	private final JdbcClient jdbc;

	ActivitySealing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A copy's content sealed for its subject. */
	static Copy seal(KeyRing ring, UUID subject, UUID activityId, ActivityChanges content) {
		return new Copy(subject, activityId, seal(ring, subject, "subject", content.subject()),
				seal(ring, subject, "body", content.body()), seal(ring, subject, "location", content.location()),
				null);
	}

	static byte @Nullable [] seal(KeyRing ring, UUID subject, String column, @Nullable String value) {
		if (!SEALED_COLUMNS.contains(column)) {
			throw new IllegalStateException(TABLE + "." + column + " is not declared sealed in the data catalogue");
		}
		return ring.seal(subject, TABLE, column, value);
	}

	/** The opened subject, body and location of a copy. */
	static Content open(KeyRing ring, Copy copy) {
		UUID s = copy.subjectId();
		return new Content(ring.open(s, TABLE, "subject", copy.subject()), ring.open(s, TABLE, "body", copy.body()),
				ring.open(s, TABLE, "location", copy.location()));
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*) from activity_copies").query(Long.class).single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select subject_id from activity_copies";
	}

	/** One copy of an activity's content as stored. */
	record Copy(UUID subjectId, UUID activityId, byte @Nullable [] subject, byte @Nullable [] body,
			byte @Nullable [] location, java.time.@Nullable Instant restrictedAt) {
	}

	/** A copy's content, opened. */
	record Content(@Nullable String subject, @Nullable String body, @Nullable String location) {
	}
}
