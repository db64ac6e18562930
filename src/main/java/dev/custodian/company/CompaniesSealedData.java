package dev.custodian.company;

import dev.custodian.vault.SealedData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the vault which companies hold values sealed under their own key (every company, once
 * {@link CompanySealing} has sealed those stored before sealing existed), so it refuses to start with an empty or
 * foreign key store in front of them, or with a company whose key was lost.
 */
@Component
class CompaniesSealedData implements SealedData {

	private static final String SEALED = " from companies c where not exists (select 1 from company_unsealed_values u "
			+ "where u.company_id = c.id)";

	private final JdbcClient jdbc;

	CompaniesSealedData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public long sealedRecords() {
		return jdbc.sql("select count(*)" + SEALED).query(Long.class).single();
	}

	@Override
	public String sealedSubjectsQuery() {
		return "select c.id" + SEALED;
	}
}
