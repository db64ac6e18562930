package dev.custodian.transfer.csv;

import java.util.ArrayList;
import java.util.List;

import dev.custodian.transfer.csv.CsvProblem.Kind;

/**
 * Collects the cells of the record being read, keeping at most {@code maxCellChars} of a cell and
 * {@code maxColumns} cells, so that no input can make the reader hold more than that.
 */
final class RowBuilder {

	private final int maxCellChars;

	private final int maxColumns;

	private final List<String> cells = new ArrayList<>();

	private final List<CsvProblem> problems = new ArrayList<>();

	private final StringBuilder cell = new StringBuilder();

	private boolean tooLong;

	private boolean malformed;

	private boolean tooManyColumns;

	RowBuilder(int maxCellChars, int maxColumns) {
		if (maxCellChars < 1 || maxColumns < 1) {
			throw new IllegalArgumentException("a reader must keep at least one character and one column");
		}
		this.maxCellChars = maxCellChars;
		this.maxColumns = maxColumns;
	}

	void start() {
		cells.clear();
		problems.clear();
		tooManyColumns = false;
		resetCell();
	}

	void append(char[] chars, int from, int to) {
		int count = to - from;
		if (count == 0 || dropping()) {
			return;
		}
		int room = maxCellChars - cell.length();
		if (count > room) {
			cell.append(chars, from, room);
			tooLong = true;
		}
		else {
			cell.append(chars, from, count);
		}
	}

	void append(char c) {
		if (dropping()) {
			return;
		}
		if (cell.length() < maxCellChars) {
			cell.append(c);
		}
		else {
			tooLong = true;
		}
	}

	int cellLength() {
		return cell.length();
	}

	boolean cellTooLong() {
		return tooLong;
	}

	/** Goes back to an earlier state of the current cell, when the reader finds it read too far. */
	void truncateCell(int length, boolean wasTooLong) {
		cell.setLength(Math.min(length, cell.length()));
		tooLong = wasTooLong;
	}

	void malformed() {
		malformed = true;
	}

	void endCell() {
		if (dropping()) {
			if (!tooManyColumns) {
				problems.add(new CsvProblem(CsvProblem.WHOLE_ROW, Kind.TOO_MANY_COLUMNS));
				tooManyColumns = true;
			}
			resetCell();
			return;
		}
		int column = cells.size();
		String text = cell.toString();
		if (malformed) {
			problems.add(new CsvProblem(column, Kind.MALFORMED_QUOTING));
		}
		if (tooLong) {
			problems.add(new CsvProblem(column, Kind.CELL_TOO_LONG));
		}
		if (text.indexOf('\uFFFD') >= 0) {
			problems.add(new CsvProblem(column, Kind.UNREADABLE_BYTES));
		}
		cells.add(text);
		resetCell();
	}

	CsvRow build(long line, long number) {
		return new CsvRow(line, number, cells, problems.isEmpty() ? List.of() : problems);
	}

	private boolean dropping() {
		return cells.size() >= maxColumns;
	}

	private void resetCell() {
		cell.setLength(0);
		tooLong = false;
		malformed = false;
	}
}
