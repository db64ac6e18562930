package dev.custodian.catalog;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start refused for undeclared columns ends in Spring Boot's short report, naming each column and what to do.
 */
class CatalogueFailureAnalyzerTests {

	@Test
	void theReportNamesEveryUndeclaredColumnAndTheWayOut() {
		FailureAnalysis analysis = new CatalogueFailureAnalyzer().analyze(new IllegalStateException("wrapped",
				new UndeclaredColumnsException(List.of("contacts.nickname", "pets.subject_id"))));
		assertThat(analysis.getDescription()).contains("contacts.nickname, pets.subject_id");
		assertThat(analysis.getAction()).contains("CatalogueDeclarations");
	}
}
