package dev.custodian.vault;

/**
 * Implemented by every module that stores values sealed by the vault, so that the vault can tell at start-up
 * whether data exists that its keys must open. Implementations must not depend on {@link Vault} itself.
 */
public interface SealedData {

	/** How many records hold values sealed under subject keys. */
	long sealedRecords();
}
