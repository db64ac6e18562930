package dev.custodian.contact;

import dev.custodian.vault.SealedData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the vault how many contacts hold sealed values, so it refuses to start with an empty or foreign key store
 * in front of them.
 */
@Component
class ContactsSealedData implements SealedData {

	private final JdbcClient jdbc;

	ContactsSealedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*) from contacts").query(Long.class).single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select subject_id from contacts";
	}
}
