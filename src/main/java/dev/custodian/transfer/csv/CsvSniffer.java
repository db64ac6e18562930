package dev.custodian.transfer.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import dev.custodian.transfer.csv.NotCsvException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Works out how an uploaded CSV file is written, from its first mebibyte, and refuses files that are not CSV with
 * a message saying what to do instead.
 */
public final class CsvSniffer {

	/** How much of the file is looked at. */
	public static final int SAMPLE_BYTES = 1 << 20;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final char[] DELIMITERS = { ',', ';', '\t', '|' };

	private CsvSniffer() {
	}

	/**
	 * @param file the uploaded file
	 * @param chosenCharset the encoding the user chose, or null to guess it
	 * @param chosenDelimiter the delimiter the user chose, or null to guess it
	 * @throws NotCsvException when the file is empty, not text, or has no header row
	 */
	public static CsvFormat sniff(Path file, @Nullable Charset chosenCharset, @Nullable Character chosenDelimiter)
			throws NotCsvException, IOException {
		byte[] sample;
		long size;
		try (InputStream in = Files.newInputStream(file)) {
			sample = in.readNBytes(SAMPLE_BYTES);
			size = Files.size(file);
		}
		return sniff(sample, size, chosenCharset, chosenDelimiter);
	}

	/**
	 * The same from the first bytes of a file that streamed by (an upload being sealed as it arrives), so no
	 * plain copy of it has to be kept anywhere.
	 * @param sample the file's first {@link #SAMPLE_BYTES} bytes, or all of them when it is shorter
	 * @param size the file's whole length
	 */
	public static CsvFormat sniff(byte[] sample, long size, @Nullable Charset chosenCharset,
			@Nullable Character chosenDelimiter) throws NotCsvException {
		boolean whole = size <= sample.length;
		if (sample.length == 0) {
			throw empty();
		}
		Optional<BinarySignature> signature = BinarySignature.of(sample);
		if (signature.isPresent()) {
			throw new NotCsvException(Reason.NOT_TEXT, "The file " + signature.get().advice() + ".");
		}
		if (isUtf16(sample)) {
			throw new NotCsvException(Reason.NOT_TEXT,
					"The file is UTF-16; save it as UTF-8 (in Excel: \"CSV UTF-8\") and upload it again.");
		}
		boolean bom = sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB
				&& (sample[2] & 0xFF) == 0xBF;
		int start = bom ? 3 : 0;
		if (isBlank(sample, start)) {
			throw empty();
		}
		if (contains(sample, start, 0x00)) {
			throw new NotCsvException(Reason.NOT_TEXT,
					"The file is not a text file; export the records from your old system as CSV and upload that.");
		}
		Charset charset = chosenCharset != null ? chosenCharset : bom ? StandardCharsets.UTF_8 : guess(sample, whole);
		String text = new String(sample, start, sample.length - start, charset);
		char delimiter = chosenDelimiter != null ? chosenDelimiter : delimiterOf(text);
		CsvFormat format = new CsvFormat(charset, delimiter, bom);
		HeaderRow.check(firstRecord(sample, format));
		return format;
	}

	private static NotCsvException empty() {
		return new NotCsvException(Reason.EMPTY,
				"The file is empty; export the records from your old system again and upload that file.");
	}

	/** A BOM, or NUL bytes at every other position as ASCII text in UTF-16 has. */
	private static boolean isUtf16(byte[] sample) {
		int b0 = sample[0] & 0xFF;
		int b1 = sample.length > 1 ? sample[1] & 0xFF : -1;
		if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
			return true;
		}
		int pairs = Math.min(sample.length / 2, 256);
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i < pairs * 2; i += 2) {
			evenNuls += sample[i] == 0 ? 1 : 0;
			oddNuls += sample[i + 1] == 0 ? 1 : 0;
		}
		return pairs >= 2 && (evenNuls == pairs) != (oddNuls == pairs);
	}

	private static boolean isBlank(byte[] sample, int start) {
		for (int i = start; i < sample.length; i++) {
			byte b = sample[i];
			if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
				return false;
			}
		}
		return true;
	}

	private static boolean contains(byte[] sample, int start, int value) {
		for (int i = start; i < sample.length; i++) {
			if ((sample[i] & 0xFF) == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * UTF-8 when the sample is valid UTF-8, which text in other encodings almost never is. Else Windows-1252, which
	 * Excel writes on Western systems, unless the sample has bytes that charset leaves undefined.
	 */
	private static Charset guess(byte[] sample, boolean whole) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		CharBuffer out = CharBuffer.allocate(sample.length);
		// Not the end of input when the sample is cut, so a character split at the cut is not an error.
		if (!decoder.decode(ByteBuffer.wrap(sample), out, whole).isError()
				&& (!whole || !decoder.flush(out).isError())) {
			return StandardCharsets.UTF_8;
		}
		for (byte b : sample) {
			int v = b & 0xFF;
			if (v == 0x81 || v == 0x8D || v == 0x8F || v == 0x90 || v == 0x9D) {
				return StandardCharsets.ISO_8859_1;
			}
		}
		return WINDOWS_1252;
	}

	/** The candidate found most often outside quotes in the first record; a tie goes to the earlier candidate. */
	static char delimiterOf(String text) {
		int[] counts = new int[DELIMITERS.length];
		boolean quoted = false;
		boolean started = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\r' || c == '\n')) {
				if (started) {
					break;
				}
				continue;
			}
			else if (!quoted) {
				for (int d = 0; d < DELIMITERS.length; d++) {
					counts[d] += c == DELIMITERS[d] ? 1 : 0;
				}
			}
			started = true;
		}
		int best = 0;
		for (int d = 1; d < DELIMITERS.length; d++) {
			if (counts[d] > counts[best]) {
				best = d;
			}
		}
		return DELIMITERS[best];
	}

	private static @Nullable CsvRow firstRecord(byte[] sample, CsvFormat format) {
		try (CsvReader reader = new CsvReader(new ByteArrayInputStream(sample), format, SAMPLE_BYTES, 100_000)) {
			return reader.next();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("Reading bytes in memory cannot fail", ex);
		}
	}
}
