package dev.custodian;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile on the embedded H2 database or without an explicit master key:
 * production data belongs in PostgreSQL, and its master key is chosen and kept by the operator, never generated
 * next to the data. The check runs before any connection is opened, so nothing is created on a refused start.
 */
class ProductionGuard implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains("prod")) {
			return;
		}
		String url = environment.getProperty("spring.datasource.url", "");
		if (url.isBlank() || url.startsWith("jdbc:h2:")) {
			throw new IllegalStateException("The prod profile needs PostgreSQL: set SPRING_DATASOURCE_URL "
					+ "(jdbc:postgresql://host:5432/custodian), SPRING_DATASOURCE_USERNAME and "
					+ "SPRING_DATASOURCE_PASSWORD. The embedded H2 database is for trying Custodian out only.");
		}
		if (environment.getProperty("custodian.master-key", "").isBlank()
				&& environment.getProperty("custodian.master-key-file", "").isBlank()) {
			throw new IllegalStateException("The prod profile needs an explicit master key: set CUSTODIAN_MASTER_KEY "
					+ "(base64 of 32 random bytes, e.g. from 'openssl rand -base64 32') or CUSTODIAN_MASTER_KEY_FILE. "
					+ "Keep it apart from the database and its backups.");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
