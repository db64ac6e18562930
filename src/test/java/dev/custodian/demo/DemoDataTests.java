package dev.custodian.demo;

import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code CUSTODIAN_DEMO=true} on an empty database starts a populated CRM, every record valid and audited: companies,
 * people, deals, their timelines, tasks and tickets.
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

	@Test
	void theDailyWorkIsThereTooInEveryStageAndState() {
		assertThat(jdbc.sql("select count(*) from deals").query(Long.class).single()).isEqualTo(30);
		assertThat(jdbc.sql("select count(distinct stage_id) from deals").query(Long.class).single()).isEqualTo(6);
		assertThat(jdbc.sql("select count(distinct status) from deals").query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(distinct currency) from deals").query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(distinct type) from activities").query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from tasks").query(Long.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("select count(*) from tasks where due_at < current_timestamp").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("select count(distinct priority) from tickets").query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from tickets where assignee_id is null").query(Long.class).single())
			.isPositive();
	}
}
