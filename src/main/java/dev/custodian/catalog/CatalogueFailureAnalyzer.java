package dev.custodian.catalog;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused start (undeclared columns) into Spring Boot's short report naming each column.
 */
class CatalogueFailureAnalyzer extends AbstractFailureAnalyzer<UndeclaredColumnsException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, UndeclaredColumnsException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Declare each column in the owning module's CatalogueDeclarations bean: personal (with its data "
						+ "category and protection) or not personal (with the reason).",
				cause);
	}
}
