package dev.custodian.vault;

/**
 * Implemented by every module that stores values sealed by the vault, so that the vault can tell at start-up
 * whether data exists that its keys must open. Implementations must not depend on {@link Vault} itself.
 */
public interface SealedData {

	/** How many records hold values sealed under subject keys. */
	long sealedRecords();

	/**
	 * A query with one column, the subject id of every record that holds sealed values (for example
	 * {@code select subject_id from contacts}), so the vault can find records whose key is missing.
	 */
	String sealedSubjectsQuery();
}
