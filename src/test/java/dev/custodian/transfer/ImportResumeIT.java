package dev.custodian.transfer;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

/**
 * The resumed import on PostgreSQL, the database the other integration tests use (migrated by whichever came first;
 * this test cleans nothing). It runs in a JVM of its own (see the failsafe executions in the build), so no other
 * application polls the database meanwhile.
 */
class ImportResumeIT extends ImportResumeContract {

	@TempDir
	Path dataDir;

	@Override
	Map<String, String> database() {
		return Map.of("custodian.data-dir", dataDir.toString(), "spring.datasource.url",
				env("CUSTODIAN_TEST_DATABASE_URL", "jdbc:postgresql://localhost:5432/custodian_test"),
				"spring.datasource.username", env("CUSTODIAN_TEST_DATABASE_USERNAME", "postgres"),
				"spring.datasource.password", env("CUSTODIAN_TEST_DATABASE_PASSWORD", ""));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
