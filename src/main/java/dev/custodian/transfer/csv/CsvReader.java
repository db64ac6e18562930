package dev.custodian.transfer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;

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
 * cell may span at most {@link #MAX_QUOTED_LINE_BREAKS} line breaks and {@code maxCellChars} characters after its
 * first line break, and must be followed by a delimiter, a line end or white space after its closing quote. When
 * it is not, its opening quote is taken for a stray one: the record ends with the line that quote is on, the cell
 * holding the rest of that line and a {@code MALFORMED_QUOTING} problem, and reading starts again on the next line.
 * To replay those lines the reader keeps the text after the first line break, which the same limits bound. A
 * quoted cell that grows past {@code maxCellChars} on its first line is kept truncated, with
 * {@code CELL_TOO_LONG}, while the reader scans on, storing nothing, for its closing quote.
 * <p>
 * Not thread-safe.
 */
public final class CsvReader implements Closeable {

	/** How many line breaks a quoted cell may span before its opening quote is taken for a stray one. */
	public static final int MAX_QUOTED_LINE_BREAKS = 100;

	private static final int BUFFER_CHARS = 1 << 16;

	private static final int END_OF_FILE = 0;

	private static final int DELIMITER = 1;

	private static final int END_OF_LINE = 2;

	private final PushbackInputStream bytes;

	private final Reader reader;

	private final char delimiter;

	private final boolean bom;

	private final int maxReplayChars;

	private final RowBuilder row;

	private final StringBuilder replay = new StringBuilder();

	private char[] buffer = new char[BUFFER_CHARS];

	private int pos;

	private int limit;

	private boolean started;

	private boolean endOfInput;

	/** The last line ended with CR, so an LF that follows belongs to it. */
	private boolean skipLf;

	private long line = 1;

	private long number;

	private long quoteLine;

	private int quoteBreaks;

	private boolean firstBreakWasCr;

	private int cellLengthAtBreak;

	private boolean tooLongAtBreak;

	/**
	 * @param in the file's bytes, closed with this reader
	 * @param format how the file is written
	 * @param maxCellChars how many characters of a cell to keep at most
	 * @param maxColumns how many cells of a record to keep at most
	 */
	public CsvReader(InputStream in, CsvFormat format, int maxCellChars, int maxColumns) {
		this.bytes = new PushbackInputStream(in, 3);
		this.reader = new InputStreamReader(bytes, format.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE));
		this.delimiter = format.delimiter();
		this.bom = format.bom();
		this.maxReplayChars = maxCellChars;
		this.row = new RowBuilder(maxCellChars, maxColumns);
	}

	/** The next record, or null at the end of the file. */
	public @Nullable CsvRow next() throws IOException {
		if (!started) {
			skipByteOrderMark();
		}
		if (!skipBlankLines()) {
			return null;
		}
		long start = line;
		row.start();
		int end;
		do {
			end = fill() && buffer[pos] == '"' ? readQuoted() : readUnquoted();
			row.endCell();
		}
		while (end == DELIMITER);
		return row.build(start, ++number);
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/** Works on the bytes, before the decoder sees them, so a BOM is skipped whatever charset was chosen. */
	private void skipByteOrderMark() throws IOException {
		started = true;
		if (bom) {
			byte[] head = bytes.readNBytes(3);
			boolean isBom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB
					&& head[2] == (byte) 0xBF;
			if (!isBom) {
				bytes.unread(head);
			}
		}
	}

	private boolean skipBlankLines() throws IOException {
		while (fill()) {
			char c = buffer[pos];
			if (c == '\n' && skipLf) {
				pos++;
				skipLf = false;
				continue;
			}
			skipLf = false;
			if (c != '\r' && c != '\n') {
				return true;
			}
			pos++;
			endLine(c);
		}
		return false;
	}

	private int readUnquoted() throws IOException {
		while (fill()) {
			char[] chars = buffer;
			int from = pos;
			int i = from;
			char c = 0;
			for (; i < limit; i++) {
				c = chars[i];
				if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
					break;
				}
			}
			row.append(chars, from, i);
			pos = i;
			if (i == limit) {
				continue;
			}
			pos++;
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
		pos++;
		quoteLine = line;
		quoteBreaks = 0;
		replay.setLength(0);
		boolean lastWasCr = false;
		while (fill()) {
			char[] chars = buffer;
			int from = pos;
			int i = from;
			char c = 0;
			for (; i < limit; i++) {
				c = chars[i];
				if (c == '"' || c == '\n' || c == '\r') {
					break;
				}
			}
			row.append(chars, from, i);
			if (quoteBreaks > 0) {
				replay.append(chars, from, i - from);
				if (replay.length() > maxReplayChars) {
					return resync();
				}
			}
			lastWasCr &= i == from;
			pos = i;
			if (i == limit) {
				continue;
			}
			pos++;
			if (c == '"') {
				int end = afterClosingQuote();
				if (end >= 0) {
					return end;
				}
				lastWasCr = false;
				continue;
			}
			if (quoteBreaks == 0) {
				cellLengthAtBreak = row.cellLength();
				tooLongAtBreak = row.cellTooLong();
				firstBreakWasCr = c == '\r';
			}
			else {
				replay.append(c);
			}
			row.append(c);
			if (!(c == '\n' && lastWasCr)) {
				line++;
				if (++quoteBreaks > MAX_QUOTED_LINE_BREAKS) {
					return resync();
				}
			}
			lastWasCr = c == '\r';
		}
		return quoteBreaks > 0 ? resync() : unterminated();
	}

	/** What follows a quote inside a quoted cell: an escaped quote (-1, read on), or the end of the cell. */
	private int afterClosingQuote() throws IOException {
		if (quoteBreaks > 0) {
			replay.append('"');
		}
		if (!fill()) {
			return END_OF_FILE;
		}
		char c = buffer[pos];
		if (c == '"') {
			pos++;
			row.append(c);
			if (quoteBreaks > 0) {
				replay.append(c);
			}
			return -1;
		}
		if (c == delimiter) {
			pos++;
			return DELIMITER;
		}
		if (c == '\r' || c == '\n') {
			pos++;
			endLine(c);
			return END_OF_LINE;
		}
		if (quoteBreaks > 0 && c != ' ' && c != '\t') {
			return resync();
		}
		row.malformed();
		return readUnquoted();
	}

	private int unterminated() {
		row.malformed();
		return END_OF_FILE;
	}

	/** Ends the record with the line its unclosed quote is on, and puts the lines after it back to be read. */
	private int resync() {
		row.truncateCell(cellLengthAtBreak, tooLongAtBreak);
		row.malformed();
		int replayed = replay.length();
		int rest = limit - pos;
		if (replayed + rest <= buffer.length) {
			System.arraycopy(buffer, pos, buffer, replayed, rest);
		}
		else {
			char[] larger = new char[replayed + rest];
			System.arraycopy(buffer, pos, larger, replayed, rest);
			buffer = larger;
		}
		replay.getChars(0, replayed, buffer, 0);
		replay.setLength(0);
		pos = 0;
		limit = replayed + rest;
		line = quoteLine + 1;
		skipLf = firstBreakWasCr;
		return END_OF_LINE;
	}

	private void endLine(char c) {
		line++;
		skipLf = c == '\r';
	}

	private boolean fill() throws IOException {
		if (pos < limit) {
			return true;
		}
		if (endOfInput) {
			return false;
		}
		if (buffer.length > BUFFER_CHARS) {
			buffer = new char[BUFFER_CHARS];
		}
		int read;
		do {
			read = reader.read(buffer, 0, buffer.length);
		}
		while (read == 0);
		pos = 0;
		limit = Math.max(read, 0);
		endOfInput = read < 0;
		return read > 0;
	}
}
