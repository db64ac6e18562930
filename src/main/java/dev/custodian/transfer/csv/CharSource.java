package dev.custodian.transfer.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;

/**
 * The decoded characters of a file, in a buffer the reader scans in place for speed, with a way to put text back
 * for reading again. Undecodable bytes become U+FFFD rather than errors, so one bad byte does not stop an import.
 */
final class CharSource implements Closeable {

	private static final int BUFFER_CHARS = 1 << 16;

	private final PushbackInputStream bytes;

	private final Reader reader;

	private boolean skipBom;

	private boolean endOfInput;

	private char[] chars = new char[BUFFER_CHARS];

	private int position;

	private int limit;

	CharSource(InputStream in, CsvFormat format) {
		this.bytes = new PushbackInputStream(in, 3);
		this.reader = new InputStreamReader(bytes, format.charset()
			.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE));
		this.skipBom = format.bom();
	}

	char[] chars() {
		return chars;
	}

	int position() {
		return position;
	}

	int limit() {
		return limit;
	}

	void moveTo(int position) {
		this.position = position;
	}

	/** The next character, which {@link #fill()} must have found. */
	char peek() {
		return chars[position];
	}

	/** Whether a character is there to read, reading more when the buffer is used up. */
	boolean fill() throws IOException {
		if (position < limit) {
			return true;
		}
		if (endOfInput) {
			return false;
		}
		if (skipBom) {
			skipByteOrderMark();
		}
		if (chars.length > BUFFER_CHARS) {
			chars = new char[BUFFER_CHARS];
		}
		int read;
		do {
			read = reader.read(chars, 0, chars.length);
		}
		while (read == 0);
		position = 0;
		limit = Math.max(read, 0);
		endOfInput = read < 0;
		return read > 0;
	}

	/** Puts text back in front of what is left to read. */
	void pushBack(CharSequence text) {
		int length = text.length();
		int rest = limit - position;
		if (length + rest <= chars.length) {
			System.arraycopy(chars, position, chars, length, rest);
		}
		else {
			char[] larger = new char[length + rest];
			System.arraycopy(chars, position, larger, length, rest);
			chars = larger;
		}
		for (int i = 0; i < length; i++) {
			chars[i] = text.charAt(i);
		}
		position = 0;
		limit = length + rest;
	}

	@Override
	public void close() throws IOException {
		reader.close();
	}

	/** Works on the bytes, before the decoder sees them, so a BOM is skipped whatever charset was chosen. */
	private void skipByteOrderMark() throws IOException {
		skipBom = false;
		byte[] head = bytes.readNBytes(3);
		boolean isBom = head.length == 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF;
		if (!isBom) {
			bytes.unread(head);
		}
	}
}
