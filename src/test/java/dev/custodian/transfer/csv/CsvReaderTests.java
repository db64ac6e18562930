package dev.custodian.transfer.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.custodian.transfer.csv.CsvProblem.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CsvReaderTests {

	private static final CsvFormat COMMA = new CsvFormat(StandardCharsets.UTF_8, ',', false);

	static List<CsvRow> read(String csv) throws IOException {
		return read(csv.getBytes(StandardCharsets.UTF_8), COMMA, 1000, 100);
	}

	static List<CsvRow> read(byte[] csv, CsvFormat format, int maxCellChars, int maxColumns) throws IOException {
		return readAll(new ByteArrayInputStream(csv), format, maxCellChars, maxColumns);
	}

	static List<CsvRow> readAll(InputStream in, CsvFormat format, int maxCellChars, int maxColumns)
			throws IOException {
		List<CsvRow> rows = new ArrayList<>();
		try (CsvReader reader = new CsvReader(in, format, maxCellChars, maxColumns)) {
			for (CsvRow row = reader.next(); row != null; row = reader.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

	@Test
	void readsQuotedCellsWithDelimitersQuotesAndLineBreaks() throws IOException {
		List<CsvRow> rows = read("name,note\r\n\"Lovelace, Ada\",\"said \"\"hi\"\"\"\r\n\"Bob\",\"two\nlines\r\nthree\"\r\n");
		assertThat(rows).extracting(CsvRow::cells)
			.containsExactly(List.of("name", "note"), List.of("Lovelace, Ada", "said \"hi\""),
					List.of("Bob", "two\nlines\r\nthree"));
		assertThat(rows).allMatch(CsvRow::ok);
	}

	@Test
	void countsPhysicalLinesAcrossLineBreaksInCellsAndBlankLines() throws IOException {
		List<CsvRow> rows = read("a,b\n\"1\n2\r\n3\",x\r\n\r\n\n4,y\r5,z");
		assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 7L, 8L);
		assertThat(rows).extracting(CsvRow::number).containsExactly(1L, 2L, 3L, 4L);
		assertThat(rows.get(1).cells()).containsExactly("1\n2\r\n3", "x");
	}

	@Test
	void keepsSpacesAndEmptyCellsAndIgnoresTheEmptyLastLine() throws IOException {
		List<CsvRow> rows = read(" a , b ,\n,,\n   \n");
		assertThat(rows).extracting(CsvRow::cells)
			.containsExactly(List.of(" a ", " b ", ""), List.of("", "", ""), List.of("   "));
	}

	@Test
	void skipsAByteOrderMarkOnlyWhenThereIsOne() throws IOException {
		byte[] withBom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', ',', 'b' };
		CsvFormat bom = new CsvFormat(StandardCharsets.UTF_8, ',', true);
		assertThat(read(withBom, bom, 10, 10).get(0).cells()).containsExactly("a", "b");
		assertThat(read("ab,c".getBytes(StandardCharsets.UTF_8), bom, 10, 10).get(0).cells()).containsExactly("ab", "c");
		CsvFormat latin = new CsvFormat(Charset.forName("windows-1252"), ',', true);
		assertThat(read(withBom, latin, 10, 10).get(0).cells()).containsExactly("a", "b");
	}

	@Test
	void readsOtherDelimitersAndCharsets() throws IOException {
		byte[] csv = "Straße;Größe\tx\n".getBytes(StandardCharsets.ISO_8859_1);
		CsvFormat format = new CsvFormat(Charset.forName("windows-1252"), ';', false);
		assertThat(read(csv, format, 10, 10).get(0).cells()).containsExactly("Straße", "Größe\tx");
	}

	@Test
	void reportsAStrayQuoteInAnUnquotedCellAndReadsOn() throws IOException {
		List<CsvRow> rows = read("a,5\" screen,c\nd,e,f\n");
		assertThat(rows.get(0).cells()).containsExactly("a", "5\" screen", "c");
		assertThat(rows.get(0).problems()).containsExactly(new CsvProblem(1, Kind.MALFORMED_QUOTING));
		assertThat(rows.get(1).ok()).isTrue();
	}

	@Test
	void reportsTextAfterAClosingQuoteAndKeepsIt() throws IOException {
		List<CsvRow> rows = read("\"a\"b,c\n\"d\" ,e\n");
		assertThat(rows.get(0).cells()).containsExactly("ab", "c");
		assertThat(rows.get(0).problems()).containsExactly(new CsvProblem(0, Kind.MALFORMED_QUOTING));
		assertThat(rows.get(1).cells()).containsExactly("d ", "e");
		assertThat(rows.get(1).problems()).containsExactly(new CsvProblem(0, Kind.MALFORMED_QUOTING));
	}

	@Test
	void anUnclosedQuoteOnTheLastLineEndsWithTheFile() throws IOException {
		List<CsvRow> rows = read("a,b\nc,\"never closed");
		assertThat(rows.get(1).cells()).containsExactly("c", "never closed");
		assertThat(rows.get(1).problems()).containsExactly(new CsvProblem(1, Kind.MALFORMED_QUOTING));
	}

	@Test
	void anUnclosedQuoteInTheMiddleDoesNotSwallowTheRowsAfterIt() throws IOException {
		List<CsvRow> rows = read("a,b,c\n1,\"oops,x\n2,y,z\n3,\"fine\",w\n");
		assertThat(rows).extracting(CsvRow::cells)
			.containsExactly(List.of("a", "b", "c"), List.of("1", "oops,x"), List.of("2", "y", "z"),
					List.of("3", "fine", "w"));
		assertThat(rows.get(1).problems()).containsExactly(new CsvProblem(1, Kind.MALFORMED_QUOTING));
		assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 3L, 4L);
		assertThat(rows.get(2).ok()).isTrue();
	}

	@Test
	void aQuoteThatClosesLinesLaterFollowedByTextWasAStrayOpeningQuote() throws IOException {
		List<CsvRow> rows = read("a,b\r\n1,\"x\r\n2,y\r\n3,\"z\"\r\n");
		assertThat(rows).extracting(CsvRow::cells)
			.containsExactly(List.of("a", "b"), List.of("1", "x"), List.of("2", "y"), List.of("3", "z"));
		assertThat(rows).extracting(CsvRow::line).containsExactly(1L, 2L, 3L, 4L);
		assertThat(rows.get(1).problems()).containsExactly(new CsvProblem(1, Kind.MALFORMED_QUOTING));
	}

	@Test
	void rereadsTheLinesAfterAStrayQuoteWhateverTheLineEnds() throws IOException {
		for (String end : List.of("\n", "\r\n", "\r")) {
			List<CsvRow> rows = read("a" + end + "\"x" + end + "y" + end + end + "z");
			assertThat(rows).extracting(CsvRow::cells)
				.as(end)
				.containsExactly(List.of("a"), List.of("x"), List.of("y"), List.of("z"));
			assertThat(rows).extracting(CsvRow::line).as(end).containsExactly(1L, 2L, 3L, 5L);
		}
	}

	@Test
	void aQuotedCellMaySpanManyLinesButNotMoreThanTheLimit() throws IOException {
		String fifty = "l\n".repeat(50);
		List<CsvRow> fine = read("a\n\"" + fifty + "\"\nb\n");
		assertThat(fine).extracting(CsvRow::cells).containsExactly(List.of("a"), List.of(fifty), List.of("b"));
		assertThat(fine.get(2).line()).isEqualTo(53);

		String tooMany = "l\n".repeat(CsvReader.MAX_QUOTED_LINE_BREAKS + 5);
		List<CsvRow> broken = read("a\n\"" + tooMany + "\"\nb\n");
		assertThat(broken.get(1).problems()).containsExactly(new CsvProblem(0, Kind.MALFORMED_QUOTING));
		assertThat(broken.get(2).cells()).containsExactly("l");
		assertThat(broken.get(2).line()).isEqualTo(3);
		assertThat(broken.get(broken.size() - 1).cells()).containsExactly("b");
	}

	@Test
	void truncatesLongCellsQuotedOrNot() throws IOException {
		List<CsvRow> rows = read(("x".repeat(20) + ",\"" + "y".repeat(20) + "\",ok\n").getBytes(StandardCharsets.UTF_8),
				COMMA, 5, 10);
		assertThat(rows.get(0).cells()).containsExactly("xxxxx", "yyyyy", "ok");
		assertThat(rows.get(0).problems()).containsExactly(new CsvProblem(0, Kind.CELL_TOO_LONG),
				new CsvProblem(1, Kind.CELL_TOO_LONG));
	}

	@Test
	void dropsCellsBeyondTheColumnLimit() throws IOException {
		List<CsvRow> rows = read("a,b,c,\"d,\"\"\",e\nf\n".getBytes(StandardCharsets.UTF_8), COMMA, 10, 2);
		assertThat(rows.get(0).cells()).containsExactly("a", "b");
		assertThat(rows.get(0).problems()).containsExactly(new CsvProblem(CsvProblem.WHOLE_ROW, Kind.TOO_MANY_COLUMNS));
		assertThat(rows.get(1).cells()).containsExactly("f");
		assertThat(rows.get(1).ok()).isTrue();
	}

	@Test
	void reportsBytesTheCharsetCannotDecode() throws IOException {
		byte[] csv = { 'a', ',', 'b', (byte) 0xE9, 'c', '\n', 'd', '\n' };
		List<CsvRow> rows = read(csv, COMMA, 10, 10);
		assertThat(rows.get(0).cells()).containsExactly("a", "b\uFFFDc");
		assertThat(rows.get(0).problems()).containsExactly(new CsvProblem(1, Kind.UNREADABLE_BYTES));
		assertThat(rows.get(1).ok()).isTrue();
	}

	@Test
	void aTenMegabyteUnclosedQuoteNearTheEndKeepsMemoryBounded() throws IOException {
		byte[] head = "name,note\nAda,fine\nBob,\"".getBytes(StandardCharsets.UTF_8);
		long tenMegabytes = 10L << 20;
		for (boolean withLines : List.of(false, true)) {
			InputStream endless = new GeneratedStream(tenMegabytes, withLines);
			List<CsvRow> rows = readAll(new SequenceInputStream(new ByteArrayInputStream(head), endless), COMMA,
					1000, 10);
			assertThat(rows.get(0).cells()).containsExactly("name", "note");
			assertThat(rows.get(1).cells()).containsExactly("Ada", "fine");
			assertThat(rows.get(1).ok()).isTrue();
			assertThat(rows.get(2).problems()).extracting(CsvProblem::kind).contains(Kind.MALFORMED_QUOTING);
			assertThat(rows).allSatisfy(row -> assertThat(row.cells()).allMatch(cell -> cell.length() <= 1000));
			assertThat(rows).hasSize(withLines ? (int) (tenMegabytes / 100) + 3 : 3);
		}
	}

	@Test
	void scansATenMegabyteQuotedCellWithoutStoringIt() throws IOException {
		byte[] head = "name,note\nAda,\"".getBytes(StandardCharsets.UTF_8);
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
			.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		List<CsvRow> rows = readAll(new SequenceInputStream(new ByteArrayInputStream(head),
				new GeneratedStream(10L << 20, false)), COMMA, 1000, 10);
		long allocated = threads.getCurrentThreadAllocatedBytes() - before;
		assertThat(rows.get(1).problems()).containsExactly(new CsvProblem(1, Kind.MALFORMED_QUOTING),
				new CsvProblem(1, Kind.CELL_TOO_LONG));
		assertThat(allocated).as("bytes allocated while reading").isLessThan(4L << 20);
	}

	@Test
	void refusesFormatsAndLimitsItCannotRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CsvFormat(StandardCharsets.UTF_8, '"', false));
		assertThatIllegalArgumentException().isThrownBy(() -> new CsvFormat(StandardCharsets.UTF_8, '\n', false));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvReader(new ByteArrayInputStream(new byte[0]), COMMA, 0, 10));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CsvReader(new ByteArrayInputStream(new byte[0]), COMMA, 10, 0));
	}

	/** Ten megabytes of text without holding them: 99 letters and a line break per hundred bytes, or no breaks. */
	private static final class GeneratedStream extends InputStream {

		private final long size;

		private final boolean withLines;

		private long position;

		GeneratedStream(long size, boolean withLines) {
			this.size = size;
			this.withLines = withLines;
		}

		@Override
		public int read() {
			if (position == size) {
				return -1;
			}
			position++;
			return withLines && position % 100 == 0 ? '\n' : 'q';
		}

		@Override
		public int read(byte[] b, int off, int len) {
			if (position == size) {
				return -1;
			}
			int n = (int) Math.min(len, size - position);
			for (int i = 0; i < n; i++) {
				b[off + i] = (byte) read();
			}
			return n;
		}
	}
}
