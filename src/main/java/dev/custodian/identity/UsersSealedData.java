package dev.custodian.identity;

import dev.custodian.vault.SealedData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the vault which users hold sealed names, so it refuses to start with an empty or foreign key store in
 * front of them. Erased former users hold none; rows not sealed yet hold none either.
 */
@Component
class UsersSealedData implements SealedData {

	private static final String SEALED = " from users where names_sealed = true and erased_at is null";

	private final JdbcClient jdbc;

	UsersSealedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*)" + SEALED).query(Long.class).single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select id" + SEALED;
	}
}
