package dev.custodian.transfer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an import stands: {@code analysing} (the dry run) → {@code ready} → {@code running} → {@code completed},
 * or {@code failed} or {@code cancelled}. A changed mapping sends a ready job back to analysing.
 */
public enum ImportStatus {

	ANALYSING, READY, RUNNING, COMPLETED, FAILED, CANCELLED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the job is over: its file is gone and nothing more happens to it. */
	public boolean finished() {
		return this == COMPLETED || this == FAILED || this == CANCELLED;
	}

	static Optional<ImportStatus> fromCode(String code) {
		return Arrays.stream(values()).filter(status -> status.code().equals(code)).findFirst();
	}
}
