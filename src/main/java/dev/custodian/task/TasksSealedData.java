package dev.custodian.task;

import dev.custodian.vault.SealedData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the vault that every task holds values sealed under its subject's key, so it refuses to start with an empty
 * or foreign key store in front of them.
 */
@Component
class TasksSealedData implements SealedData {

	private final JdbcClient jdbc;

	TasksSealedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*) from tasks").query(Long.class).single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select subject_id from tasks";
	}
}
