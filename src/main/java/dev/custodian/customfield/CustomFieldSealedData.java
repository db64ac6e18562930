package dev.custodian.customfield;

import dev.custodian.vault.SealedData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the vault which key owners hold sealed custom values, so it refuses to start with a key store that lost
 * their keys.
 */
@Component
class CustomFieldSealedData implements SealedData {

	private final JdbcClient jdbc;

	CustomFieldSealedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*) from custom_field_values where value_sealed is not null").query(Long.class)
			.single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select subject_id from custom_field_values where value_sealed is not null";
	}
}
