package dev.custodian.transfer.csv;

import java.util.regex.Pattern;

import dev.custodian.transfer.csv.NotCsvException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * Tells whether the first record of a file names columns, since the import maps columns by their names: a file
 * exported without its header row would otherwise import its first contact as column names.
 */
final class HeaderRow {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[\\p{L}]{2,}");

	/** Numbers as spreadsheets write them: signs, grouping, decimals, currency and percent. */
	private static final Pattern NUMBER = Pattern.compile("[-+(]?[$€£¥]?\\s?\\d[\\d.,' ]*[%)]?\\s?[$€£¥]?");

	/** Dates and date-times in ISO, European and American order. */
	private static final Pattern DATE = Pattern.compile("\\d{1,4}[-./]\\d{1,2}[-./]\\d{1,4}"
			+ "([ T]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*([aApP][mM]|Z|[+-]\\d{2}:?\\d{2})?)?");

	private static final String NO_HEADER = "The file has no header row: the first row must name the columns.";

	private static final String LOOKS_LIKE_DATA = "The file has no header row: the first row looks like data, "
			+ "not column names. Add a first row naming the columns, or export the file again with its header row.";

	private HeaderRow() {
	}

	static void check(@Nullable CsvRow first) throws NotCsvException {
		if (first == null) {
			throw new NotCsvException(Reason.NO_HEADER, NO_HEADER);
		}
		boolean blank = true;
		boolean allNumbers = true;
		for (String cell : first.cells()) {
			String text = cell.strip();
			if (text.isEmpty()) {
				continue;
			}
			blank = false;
			if (EMAIL.matcher(text).matches()) {
				throw new NotCsvException(Reason.NO_HEADER, LOOKS_LIKE_DATA);
			}
			allNumbers &= NUMBER.matcher(text).matches() || DATE.matcher(text).matches();
		}
		if (blank) {
			throw new NotCsvException(Reason.NO_HEADER, NO_HEADER);
		}
		if (allNumbers) {
			throw new NotCsvException(Reason.NO_HEADER, LOOKS_LIKE_DATA);
		}
	}
}
