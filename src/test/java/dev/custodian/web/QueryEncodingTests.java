package dev.custodian.web;

import dev.custodian.support.Personas;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * On H2, with a database of its own: this suite needs a real server, so it cannot share the mock-server
 * application of the other suites.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:query-encoding;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.vault.rewrap-interval=PT1H" })
@DirtiesContext
class QueryEncodingTests extends QueryEncodingContract {
}
