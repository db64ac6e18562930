package dev.custodian.transfer.csv;

/**
 * Something wrong with one record of a CSV file, which was nevertheless read as well as it could be.
 *
 * @param column the 0-based column the problem is in, or -1 when it concerns the whole row
 * @param kind what is wrong
 */
public record CsvProblem(int column, Kind kind) {

	/** The column value for problems of the whole row. */
	public static final int WHOLE_ROW = -1;

	/** What can be wrong with a record. */
	public enum Kind {

		/** A quote where none may be, or a quoted cell that never ends; the cell holds what was written. */
		MALFORMED_QUOTING,

		/** The cell is longer than the reader keeps; it holds only its beginning. */
		CELL_TOO_LONG,

		/** The cell held bytes the file's encoding cannot express; they read as U+FFFD. */
		UNREADABLE_BYTES,

		/** The row has more cells than the reader keeps; the extra ones were dropped. Always a whole-row problem. */
		TOO_MANY_COLUMNS
	}
}
