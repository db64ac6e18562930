package dev.custodian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real PostgreSQL, wiped and migrated afresh when the context starts. The database
 * comes from {@code CUSTODIAN_TEST_DATABASE_URL} (default {@code jdbc:postgresql://localhost:5432/custodian_test})
 * with {@code CUSTODIAN_TEST_DATABASE_USERNAME} / {@code _PASSWORD}. No PostgreSQL means these tests fail; they
 * never skip. Like {@link OnH2} it listens on a random port, so all suites share one context (a second one would
 * wipe the database under the first).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=${CUSTODIAN_TEST_DATABASE_URL:jdbc:postgresql://localhost:5432/custodian_test}",
		"spring.datasource.username=${CUSTODIAN_TEST_DATABASE_USERNAME:postgres}",
		"spring.datasource.password=${CUSTODIAN_TEST_DATABASE_PASSWORD:}",
		"spring.flyway.clean-disabled=false",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.vault.rewrap-interval=PT1H", "custodian.customfield.seal-interval=PT1H",
		// exports of more rows than this run in the background: low, so a test reaches it with a few hundred contacts
		"custodian.transfer.export-background-above=250", "custodian.transfer.poll-interval=PT0.2S",
		"custodian.transfer.directory=target/transfer" })
@AutoConfigureMockMvc
@Import({ Personas.class, OnPostgres.FreshDatabase.class })
public @interface OnPostgres {

	@TestConfiguration(proxyBeanMethods = false)
	class FreshDatabase {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				flyway.clean();
				flyway.migrate();
			};
		}
	}
}
