package dev.custodian.transfer.csv;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated cells full of quotes, delimiters and line breaks, written as a careful CSV writer would and read back,
 * also through a stream that hands out a few bytes at a time, so every token falls on a buffer boundary somewhere.
 */
class CsvRoundTripTests {

	private static final String[] PIECES = { "a", "Z", " ", "\"", "\"\"", ",", ";", "\t", "\n", "\r\n", "\r", "é",
			"€", "日本", "😀", "x,y", "", "Lovelace" };

	private static final String[] LINE_ENDS = { "\n", "\r\n", "\r" };

	@RepeatedTest(200)
	void readsBackWhatAWriterWrote(RepetitionInfo repetition) throws IOException {
		Random random = new Random(repetition.getCurrentRepetition());
		char delimiter = random.nextBoolean() ? ',' : ';';
		List<List<String>> records = new ArrayList<>();
		List<Long> lines = new ArrayList<>();
		StringBuilder csv = new StringBuilder();
		long line = 1;
		for (int r = random.nextInt(30) + 1; r > 0; r--) {
			List<String> cells = new ArrayList<>();
			for (int c = random.nextInt(6) + 1; c > 0; c--) {
				cells.add(cell(random));
			}
			records.add(cells);
			lines.add(line);
			String written = write(cells, delimiter) + LINE_ENDS[random.nextInt(LINE_ENDS.length)];
			if (random.nextInt(5) == 0) {
				written += LINE_ENDS[random.nextInt(LINE_ENDS.length - 1)];
			}
			line += lineBreaks(written);
			csv.append(written);
		}
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		CsvFormat format = new CsvFormat(StandardCharsets.UTF_8, delimiter, false);
		for (InputStream in : List.of(new ByteArrayInputStream(bytes), trickle(bytes, random))) {
			List<CsvRow> rows = CsvReaderTests.readAll(in, format, 10_000, 100);
			assertThat(rows).extracting(CsvRow::cells).containsExactlyElementsOf(records);
			assertThat(rows).extracting(CsvRow::line).containsExactlyElementsOf(lines);
			assertThat(rows).allMatch(CsvRow::ok);
		}
	}

	private static String cell(Random random) {
		StringBuilder cell = new StringBuilder();
		for (int p = random.nextInt(6); p > 0; p--) {
			cell.append(PIECES[random.nextInt(PIECES.length)]);
		}
		return cell.toString();
	}

	/** Quotes a cell when it must be, and sometimes when it need not be, as some exporters always do. */
	private static String write(List<String> cells, char delimiter) {
		StringBuilder record = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			boolean lone = cells.size() == 1 && cell.isEmpty();
			boolean quote = lone || cell.indexOf(delimiter) >= 0 || cell.contains("\"") || cell.contains("\n")
					|| cell.contains("\r") || cell.hashCode() % 3 == 0;
			record.append(i == 0 ? "" : String.valueOf(delimiter))
				.append(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
		}
		return record.toString();
	}

	private static long lineBreaks(String text) {
		return text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
	}

	private static InputStream trickle(byte[] bytes, Random random) {
		return new FilterInputStream(new ByteArrayInputStream(bytes)) {
			@Override
			public int read(byte[] b, int off, int len) throws IOException {
				return super.read(b, off, Math.min(len, random.nextInt(3) + 1));
			}

			// So the decoder hands out what it has at once instead of waiting to fill its buffer.
			@Override
			public int available() {
				return 0;
			}
		};
	}
}
