package dev.custodian.web;

import dev.custodian.support.Personas;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * On PostgreSQL, against the database as the other suites leave it (migrated, not wiped: wiping it would pull
 * the data from under their cached application). It only reads, and is closed after it ran.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=${CUSTODIAN_TEST_DATABASE_URL:jdbc:postgresql://localhost:5432/custodian_test}",
		"spring.datasource.username=${CUSTODIAN_TEST_DATABASE_USERNAME:postgres}",
		"spring.datasource.password=${CUSTODIAN_TEST_DATABASE_PASSWORD:}",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.vault.rewrap-interval=PT1H" })
@DirtiesContext
class QueryEncodingIT extends QueryEncodingContract {
}
