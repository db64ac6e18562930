package dev.custodian.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What every suite that runs against a whole application (on H2 or PostgreSQL) uses: the API client, the
 * personas with their tokens, and direct database access for checking what was stored.
 */
public abstract class ApiContract {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected Personas personas;

	@Autowired
	protected JdbcClient jdbc;

	protected Api api;

	@BeforeEach
	void connect() {
		api = new Api(mvc);
	}
}
