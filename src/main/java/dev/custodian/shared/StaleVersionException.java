package dev.custodian.shared;

/**
 * The client edited an older version than the one stored: someone else changed it in between (412).
 */
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleVersionException(long currentVersion) {
		super("The resource was changed by someone else; current version is " + currentVersion);
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return currentVersion;
	}
}
