package dev.custodian.vault;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused start (wrong or missing master key, unreadable key file) into Spring Boot's short
 * "APPLICATION FAILED TO START" report instead of a page of stack trace.
 */
class VaultFailureAnalyzer extends AbstractFailureAnalyzer<VaultException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, VaultException cause) {
		return new FailureAnalysis("The encryption vault refused to start: " + cause.getMessage(),
				"Give Custodian the master key this installation was created with (CUSTODIAN_MASTER_KEY or "
						+ "CUSTODIAN_MASTER_KEY_FILE; on the embedded default, master.key in the data directory). "
						+ "While rotating, list old keys in CUSTODIAN_PREVIOUS_MASTER_KEYS.",
				cause);
	}
}
