package dev.custodian.catalog;

/**
 * How a column is stored. Sealed values are ciphertext under the subject's own data key; the searchable variants
 * also keep keyed blind indexes (exact: one per value; prefix: one per prefix token).
 */
public enum Protection {

	SEALED("sealed"), SEALED_EXACT_SEARCHABLE("sealed+exact"), SEALED_PREFIX_SEARCHABLE("sealed+prefix"),
	/** Stored as it is: for columns declared not personal. */
	CLEAR("clear"),
	/**
	 * Personal values an earlier version stored in the clear, kept only until a start-up job seals them into their
	 * sealed column and deletes them: the table is empty once the job is done, and the architecture test and the
	 * minimisation report both flag it while it is not.
	 */
	AWAITING_SEALING("clear-awaiting-sealing");

	private final String code;

	Protection(String code) {
		this.code = code;
	}

	public String code() {
		return code;
	}

	public boolean sealed() {
		return this != CLEAR && this != AWAITING_SEALING;
	}
}
