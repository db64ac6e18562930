package dev.custodian.demo;

import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CUSTODIAN_DEMO=true} on an empty database starts a populated CRM, every record valid and audited.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.demo=true" })
class DemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anEmptyDatabaseIsFilledWithCompaniesAndTheirPeople() {
		assertThat(jdbc.sql("select count(*) from companies").query(Long.class).single()).isEqualTo(10);
		assertThat(jdbc.sql("select count(*) from contacts").query(Long.class).single()).isEqualTo(60);
		assertThat(jdbc.sql("select count(*) from contacts where company_id is null or owner_id is null")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_events where action = 'CREATE' and resource_type = 'contact'")
			.query(Long.class).single()).isEqualTo(60);
	}
}
