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

	/**
	 * Whether a record of this type can be a person (a contact; a company when it is a sole trader), so that its
	 * fields may hold personal data, sealed under the record's own key and found, exported and erased with it. A
	 * type whose records are never people (a deal) says no: a personal value on one would belong to no one's data,
	 * out of reach of every data subject right; such values belong on the contact.
	 */
	default boolean aboutPeople() {
		return true;
	}
}
