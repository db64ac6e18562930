package dev.custodian.transfer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

import org.jspecify.annotations.Nullable;

/**
 * Reads the records of a CSV file one at a time, holding at most one record of bounded size in memory.
 * <p>
 * It reads RFC 4180 and forgives what other tools write: CR, LF and CRLF line ends, line breaks inside quoted
 * cells (kept as written), blank lines (skipped, but counted in line numbers), and stray quotes (kept as written
 * and reported as {@link CsvProblem.Kind#MALFORMED_QUOTING}). Cells are not trimmed. Bytes the charset cannot
 * decode become U+FFFD and are reported as {@link CsvProblem.Kind#UNREADABLE_BYTES}.
 * <p>
 * An opening quote that is never closed would otherwise swallow the rest of the file into one cell. So a quoted
 * cell that spans lines is believed only while it spans at most {@link #MAX_QUOTED_LINE_BREAKS} line breaks and
 * {@code maxCellChars} characters after its first one, and only if it closes before the end of the file and its
 * closing quote is followed by a delimiter, a line end or white space. Otherwise its opening quote is taken for a
 * stray one: the record ends with the line that quote is on, the cell holding the rest of that line and a
 * {@code MALFORMED_QUOTING} problem, and reading starts again on the next line. To read those lines again the
 * reader keeps the text after the first line break, which the same limits bound. The price is that a genuine
 * multi-line cell beyond those limits, such as very long notes, is read as a broken one. A quoted cell that grows
 * past {@code maxCellChars} on a single line is kept truncated, with {@code CELL_TOO_LONG}, while the reader scans
 * on, storing nothing, for its closing quote; at the end of the file it also gets {@code MALFORMED_QUOTING}.
 * <p>
 * More than {@code maxColumns} cells give one whole-row {@code TOO_MANY_COLUMNS} problem. A U+FFFD the file
 * itself holds is reported as unreadable too, which is rare and harmless.
 * <p>
 * Not thread-safe.
 */
public final class CsvReader implements Closeable {

	/** How many line breaks a quoted cell may span before its opening quote is taken for a stray one. */
	public static final int MAX_QUOTED_LINE_BREAKS = 100;

	private static final int END_OF_FILE = 0;

	private static final int DELIMITER = 1;

	private static final int END_OF_LINE = 2;

	/** Returned when a quote turns out to be doubled: the quoted cell goes on. */
	private static final int ESCAPED_QUOTE = 3;

	private final CharSource source;

	private final char delimiter;

	private final RowBuilder row;

	private final OpenQuote quote;

	/** The last line ended with CR, so an LF that follows belongs to it. */
	private boolean skipLf;

	private long line = 1;

	private long number;

	/**
	 * @param in the file's bytes, closed with this reader
	 * @param format how the file is written
	 * @param maxCellChars how many characters of a cell to keep at most
	 * @param maxColumns how many cells of a record to keep at most
	 * @throws IllegalArgumentException when a limit is below 1
	 */
	public CsvReader(InputStream in, CsvFormat format, int maxCellChars, int maxColumns) {
		this.row = new RowBuilder(maxCellChars, maxColumns);
		this.source = new CharSource(in, format);
		this.delimiter = format.delimiter();
		this.quote = new OpenQuote(maxCellChars);
	}

	/** The next record, or null at the end of the file. */
	public @Nullable CsvRow next() throws IOException {
		if (!skipBlankLines()) {
			return null;
		}
		long start = line;
		row.start();
		int end;
		do {
			end = source.fill() && source.peek() == '"' ? readQuoted() : readUnquoted();
			row.endCell();
		}
		while (end == DELIMITER);
		return row.build(start, ++number);
	}

	@Override
	public void close() throws IOException {
		source.close();
	}

	private boolean skipBlankLines() throws IOException {
		while (source.fill()) {
			char c = source.peek();
			boolean lfOfCrLf = c == '\n' && skipLf;
			skipLf = false;
			if (!lfOfCrLf && c != '\r' && c != '\n') {
				return true;
			}
			source.moveTo(source.position() + 1);
			if (!lfOfCrLf) {
				endLine(c);
			}
		}
		return false;
	}

	private int readUnquoted() throws IOException {
		while (source.fill()) {
			char[] chars = source.chars();
			int from = source.position();
			int limit = source.limit();
			int i = from;
			char c = 0;
			for (; i < limit; i++) {
				c = chars[i];
				if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
					break;
				}
			}
			row.append(chars, from, i);
			if (i == limit) {
				source.moveTo(i);
				continue;
			}
			source.moveTo(i + 1);
			if (c == delimiter) {
				return DELIMITER;
			}
			if (c == '"') {
				row.malformed();
				row.append(c);
				continue;
			}
			endLine(c);
			return END_OF_LINE;
		}
		return END_OF_FILE;
	}

	private int readQuoted() throws IOException {
		source.moveTo(source.position() + 1);
		quote.open(line);
		boolean lastWasCr = false;
		while (source.fill()) {
			char[] chars = source.chars();
			int from = source.position();
			int limit = source.limit();
			int i = from;
			char c = 0;
			for (; i < limit; i++) {
				c = chars[i];
				if (c == '"' || c == '\n' || c == '\r') {
					break;
				}
			}
			row.append(chars, from, i);
			quote.keep(chars, from, i);
			lastWasCr &= i == from;
			if (i == limit) {
				source.moveTo(i);
			}
			else if (c == '"') {
				source.moveTo(i + 1);
				int end = afterQuote();
				if (end != ESCAPED_QUOTE) {
					return end;
				}
				lastWasCr = false;
			}
			else {
				source.moveTo(i + 1);
				if (c == '\n' && lastWasCr) {
					quote.keep(c);
				}
				else {
					quote.lineBreak(c, row);
					line++;
				}
				row.append(c);
				lastWasCr = c == '\r';
			}
			if (quote.tooFar()) {
				return takeQuoteForStray();
			}
		}
		if (quote.spansLines()) {
			return takeQuoteForStray();
		}
		row.malformed();
		return END_OF_FILE;
	}

	/** What follows a quote inside a quoted cell: a second quote, or the end of the cell. */
	private int afterQuote() throws IOException {
		quote.keep('"');
		if (!source.fill()) {
			return END_OF_FILE;
		}
		char c = source.peek();
		if (c == '"') {
			source.moveTo(source.position() + 1);
			row.append(c);
			quote.keep(c);
			return ESCAPED_QUOTE;
		}
		if (c == delimiter) {
			source.moveTo(source.position() + 1);
			return DELIMITER;
		}
		if (c == '\r' || c == '\n') {
			source.moveTo(source.position() + 1);
			endLine(c);
			return END_OF_LINE;
		}
		if (quote.spansLines() && c != ' ' && c != '\t') {
			return takeQuoteForStray();
		}
		row.malformed();
		return readUnquoted();
	}

	private int takeQuoteForStray() {
		quote.takeForStray(row, source);
		line = quote.nextLine();
		skipLf = quote.nextLineStartsWithLf();
		return END_OF_LINE;
	}

	private void endLine(char c) {
		line++;
		skipLf = c == '\r';
	}
}
