package dev.custodian.shared;

import java.util.List;
import java.util.Map;

/**
 * A record list that can be exported as a table: each module with a list (contacts, companies, deals, tickets)
 * offers one, reading the same filters as its list endpoint and going through its own service, so the same
 * visibility rules, permissions and audit apply as to the list. The transfer module writes the table (as CSV) and
 * finds the lists by {@link #collection()}; it need not know the modules. An interface of values only: the
 * implementing beans live in their modules.
 */
public interface ListExport {

	/** How many rows one batch holds: one audit entry per batch names at most this many subjects per record. */
	int BATCH = 200;

	/**
	 * The record type, as permissions name it: {@code contact}, {@code company}, {@code deal}, {@code ticket}. An
	 * export needs {@code <type>:read} and {@code <type>:export}.
	 */
	String recordType();

	/** The list's name in URLs and file names: {@code contacts}, {@code companies}, {@code deals}, {@code tickets}. */
	String collection();

	/**
	 * How many records match the filters, as the list counts them (exact up to 10,000).
	 * @param filters the list's query parameters (anything else among them is ignored)
	 * @throws InvalidInputException naming every invalid filter
	 */
	ListCount count(Map<String, String[]> filters);

	/**
	 * Starts an export of the records matching the filters, in the list's order. Checks the filters and the
	 * caller's permission to export now, so a refusal is an answer rather than a broken download.
	 * @throws InvalidInputException naming every invalid filter
	 * @throws org.springframework.security.access.AccessDeniedException without the permission to export
	 */
	Run start(Map<String, String[]> filters, ExportPurpose purpose);

	/** One export under way: its columns, then its rows batch after batch. Holds one batch at a time. */
	interface Run {

		/** The column names (English, readable): standard fields, then the custom fields the caller may see. */
		List<String> header();

		/**
		 * The next batch of rows (each as many cells as the header, formatted by {@link ExportCells}), each batch
		 * read and audited in a transaction of its own; empty when every row was read.
		 */
		List<List<String>> next();
	}
}
