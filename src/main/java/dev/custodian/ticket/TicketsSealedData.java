package dev.custodian.ticket;

import dev.custodian.vault.SealedData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Tells the vault which tickets hold sealed values: those whose requester was not erased. */
@Component
class TicketsSealedData implements SealedData {

	private final JdbcClient jdbc;

	TicketsSealedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*) from tickets where subject_line is not null").query(Long.class).single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select subject_id from tickets where subject_line is not null";
	}
}
