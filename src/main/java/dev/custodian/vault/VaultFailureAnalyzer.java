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
				"Start Custodian with the master key and the key store (the vault schema) that belong to this data: "
						+ "the key in CUSTODIAN_MASTER_KEY or CUSTODIAN_MASTER_KEY_FILE (on the embedded default, "
						+ "master.key in the data directory), old keys in CUSTODIAN_PREVIOUS_MASTER_KEYS while rotating.",
				cause);
	}
}
