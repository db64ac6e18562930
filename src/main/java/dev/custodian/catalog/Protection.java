package dev.custodian.catalog;

/**
 * How a column is stored. Sealed values are ciphertext under the subject's own data key; the searchable variants
 * also keep keyed blind indexes (exact: one per value; prefix: one per prefix token).
 */
public enum Protection {

	SEALED("sealed"), SEALED_EXACT_SEARCHABLE("sealed+exact"), SEALED_PREFIX_SEARCHABLE("sealed+prefix"),
	/** Stored as it is: for columns declared not personal, and for personal ones not (yet) sealed. */
	CLEAR("clear");

	private final String code;

	Protection(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public boolean sealed() {
		return this != CLEAR;
	}
}
