package dev.custodian.transfer.csv;

import java.util.List;

/**
 * One record of a CSV file.
 *
 * @param line the 1-based physical line the record starts on, counting blank lines and line breaks inside cells
 * @param number the 1-based number of the record; the header row is record 1
 * @param cells the cells as written, not trimmed
 * @param problems what was wrong with the record, empty when nothing was
 */
public record CsvRow(long line, long number, List<String> cells, List<CsvProblem> problems) {

	public CsvRow {
		cells = List.copyOf(cells);
		problems = List.copyOf(problems);
	}

	/** Whether the record was read without any problem. */
	public boolean ok() {
		return problems.isEmpty();
	}
}
