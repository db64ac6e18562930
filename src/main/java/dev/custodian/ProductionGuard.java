package dev.custodian;

import java.util.Arrays;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start the {@code prod} profile on the embedded H2 database: production data belongs in
 * PostgreSQL, and the check runs before any connection is opened, so no stray database file is created.
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
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}
}
