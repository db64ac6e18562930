package dev.custodian.transfer.csv;

/**
 * The quoted cell being read, watched for signs that its opening quote was a stray one that would swallow the
 * lines after it: it keeps those lines, up to a limit, so they can be read again as records of their own.
 */
final class OpenQuote {

	private final int maxKeptChars;

	private final StringBuilder kept = new StringBuilder();

	private long line;

	private int lineBreaks;

	private boolean firstBreakWasCr;

	private int cellLengthAtBreak;

	private boolean tooLongAtBreak;

	OpenQuote(int maxKeptChars) {
		this.maxKeptChars = maxKeptChars;
	}

	void open(long line) {
		this.line = line;
		lineBreaks = 0;
		kept.setLength(0);
	}

	/** A line break inside the quotes; the first one marks where the cell would end if the quote was stray. */
	void lineBreak(char c, RowBuilder row) {
		if (lineBreaks == 0) {
			cellLengthAtBreak = row.cellLength();
			tooLongAtBreak = row.cellTooLong();
			firstBreakWasCr = c == '\r';
		}
		else {
			kept.append(c);
		}
		lineBreaks++;
	}

	boolean spansLines() {
		return lineBreaks > 0;
	}

	void keep(char[] chars, int from, int to) {
		if (lineBreaks > 0) {
			kept.append(chars, from, to - from);
		}
	}

	void keep(char c) {
		if (lineBreaks > 0) {
			kept.append(c);
		}
	}

	/** Whether the cell has grown too long or spans too many lines for its opening quote to be believed. */
	boolean tooFar() {
		return lineBreaks > CsvReader.MAX_QUOTED_LINE_BREAKS || kept.length() > maxKeptChars;
	}

	/** Ends the cell with the line its quote is on and puts the lines after it back to be read again. */
	void takeForStray(RowBuilder row, CharSource source) {
		row.truncateCell(cellLengthAtBreak, tooLongAtBreak);
		row.malformed();
		source.pushBack(kept);
		kept.setLength(0);
	}

	/** The line the reader goes back to: the one after the quote's. */
	long nextLine() {
		return line + 1;
	}

	/** Whether that line starts with the LF of a CRLF that the quote's line ends with. */
	boolean nextLineStartsWithLf() {
		return firstBreakWasCr;
	}
}
