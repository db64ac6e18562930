package dev.custodian.company;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V16 on an installation that holds companies with clear contact details: nothing is lost. Each
 * company's clear values wait in {@code company_unsealed_values} for the sealing job (see
 * {@code CompanySealingContract}), the company table holds only sealed columns, and saved views that sorted by the
 * city (which no longer sorts) sort by name.
 */
class CompanyMigrationTests {

	private final JdbcDataSource dataSource = new JdbcDataSource();

	private final JdbcClient jdbc;

	CompanyMigrationTests() {
		dataSource.setURL("jdbc:h2:mem:company-migration-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		dataSource.setUser("sa");
		jdbc = JdbcClient.create(dataSource);
	}

	private void migrate(String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.schemas("public", "vault")
			.target(target)
			.load()
			.migrate();
	}

	@Test
	void companiesStoredInTheClearKeepTheirValuesForTheSealingJob() {
		migrate("13"); // the last version with clear company details on the main line
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		UUID company = UUID.randomUUID();
		jdbc.sql("insert into companies (id, name, name_folded, domain, phone, street, city, postal_code, country, "
				+ "created_at, updated_at, version) values (?, 'Acme', 'acme', 'acme.example', '+49301234567', "
				+ "'Hauptstr. 1', 'Berlin', '10115', 'DE', ?, ?, 3)")
			.params(company, now, now)
			.update();
		UUID user = UUID.randomUUID();
		jdbc.sql("insert into users (id, username, display_name, role, password_hash, enabled, created_at, updated_at, "
				+ "version) values (?, 'sam', 'Sam', 'SALES', 'x', true, ?, ?, 0)")
			.params(user, now, now)
			.update();
		jdbc.sql("insert into saved_views (id, user_id, list_name, name, filters, sort, created_at) "
				+ "values (?, ?, 'companies', 'By city', '', '-city', ?)")
			.params(UUID.randomUUID(), user, now)
			.update();

		migrate("latest");

		Map<String, Object> clear = jdbc.sql("select * from company_unsealed_values where company_id = ?")
			.param(company)
			.query()
			.singleRow();
		assertThat(clear).containsEntry("phone", "+49301234567")
			.containsEntry("street", "Hauptstr. 1")
			.containsEntry("city", "Berlin")
			.containsEntry("postal_code", "10115")
			.containsEntry("country", "DE");
		Map<String, Object> row = jdbc.sql("select * from companies where id = ?").param(company).query().singleRow();
		assertThat(row).containsEntry("name", "Acme").containsEntry("domain", "acme.example")
			.containsEntry("version", 3L);
		assertThat(row.get("phone")).isNull();
		assertThat(row.get("city")).isNull();
		assertThat(row.get("email")).isNull();
		assertThat(row.get("subject_id")).as("an existing company is an organisation until someone says").isNull();
		assertThat(row.get("restricted_at")).isNull();
		assertThat(jdbc.sql("select sort from saved_views where user_id = ?").param(user).query(String.class).single())
			.isEqualTo("name");
	}
}
