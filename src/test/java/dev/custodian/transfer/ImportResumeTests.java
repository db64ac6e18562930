package dev.custodian.transfer;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;

/** The resumed import on the embedded H2 file database, as the default installation runs. */
class ImportResumeTests extends ImportResumeContract {

	@TempDir
	Path dataDir;

	@Override
	Map<String, String> database() {
		return Map.of("custodian.data-dir", dataDir.toString(), "spring.datasource.url", "jdbc:h2:file:" + dataDir
				+ "/db/custodian;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}
}
