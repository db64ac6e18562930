package dev.custodian.transfer.csv;

/**
 * Thrown when an uploaded file cannot be imported as CSV at all. The message says, in plain English, what is wrong
 * and what to do, and never quotes the file's content, so it may be shown to the user and logged.
 */
public class NotCsvException extends Exception {

	private static final long serialVersionUID = 1L;

	private final Reason reason;

	public NotCsvException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** Why a file is not CSV. */
	public enum Reason {

		/** The file holds nothing but perhaps a byte order mark and white space. */
		EMPTY,

		/** The file is binary, or text in an encoding the import does not read. */
		NOT_TEXT,

		/** The first row does not name the columns. */
		NO_HEADER
	}
}
