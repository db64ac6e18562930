package dev.custodian.customfield;

/**
 * Implemented once by each module whose records take custom fields (a bean of its own), so that administrators can
 * add fields to them and the data catalogue can count how many of its records hold a value. The module then calls
 * {@link CustomFields} to check, store, read, filter and delete the values of its records.
 */
public interface CustomizableRecordType {

	/** The record type as the API names it, such as {@code contact}. */
	String recordType();

	/** The table with one row per record, such as {@code contacts}: the records the catalogue counts. */
	String table();
}
