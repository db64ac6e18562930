package dev.custodian.transfer.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.custodian.shared.ListExport;

/**
 * Writes an export as CSV (RFC 4180: comma-separated, CRLF line ends, a cell quoted when it holds a comma, quote or
 * line break), in UTF-8 behind a byte order mark, so spreadsheets read accents right. A cell that a spreadsheet
 * would take for a formula ({@code = + - @}, tab or carriage return first) gets a leading apostrophe: exported text
 * came from many hands, and must not run as a formula on the reader's machine.
 */
public final class CsvTable {

	private static final String BOM = "\uFEFF";

	private CsvTable() {
	}

	/** Writes the whole run, batch by batch, and flushes after each; calls {@code progress} with each batch's size. */
	public static void write(ListExport.Run run, OutputStream out, java.util.function.IntConsumer progress)
			throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(BOM);
		line(writer, run.header());
		writer.flush();
		for (List<List<String>> batch = run.next(); !batch.isEmpty(); batch = run.next()) {
			for (List<String> row : batch) {
				line(writer, row);
			}
			writer.flush();
			progress.accept(batch.size());
		}
		writer.flush();
	}

	static void line(Writer writer, List<String> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(cell(cells.get(i)));
		}
		writer.write("\r\n");
	}

	/** One cell, defused and quoted as needed. */
	static String cell(String value) {
		String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
			return text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
