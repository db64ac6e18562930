package dev.custodian.transfer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.custodian.shared.FieldViolation;
import dev.custodian.transfer.csv.CsvProblem;
import dev.custodian.transfer.csv.CsvRow;
import org.jspecify.annotations.Nullable;

/**
 * A row's errors in the words of the file: each names its line and column (as the header row calls it) and what
 * is wrong, never the value.
 */
final class RowErrors {

	private RowErrors() {
	}

	/**
	 * The reading problems of a row that matter: any malformed quoting (the row's cells cannot be trusted), and
	 * cells too long or unreadable in mapped columns.
	 */
	static List<ImportRowError> ofReading(CsvRow row, ImportMapping mapping, String charset, int maxCellChars) {
		List<ImportRowError> errors = new ArrayList<>();
		for (CsvProblem problem : row.problems()) {
			String column = problem.column() >= 0 && problem.column() < mapping.headers().size()
					? mapping.headers().get(problem.column()) : null;
			boolean mapped = problem.column() >= 0 && problem.column() < mapping.targets().size()
					&& mapping.targets().get(problem.column()) != null;
			switch (problem.kind()) {
				case MALFORMED_QUOTING -> errors.add(new ImportRowError(row.line(), column,
						"malformed quoting: a quote inside a cell must be doubled (\"\"), and a quoted cell must end "
								+ "with a quote followed by the separator or the end of the line"));
				case CELL_TOO_LONG -> {
					if (mapped) {
						errors.add(new ImportRowError(row.line(), column,
								"is longer than " + maxCellChars + " characters"));
					}
				}
				case UNREADABLE_BYTES -> {
					if (mapped) {
						errors.add(new ImportRowError(row.line(), column, "holds bytes that are not valid " + charset
								+ ": choose the file's encoding"));
					}
				}
				case TOO_MANY_COLUMNS -> {
					// cells beyond the header row have no column name, so nothing maps them: they are ignored
				}
			}
		}
		return errors;
	}

	/**
	 * Field violations of the record module, in the file's words; violations of the same row with the same message
	 * (a name or an email is needed) become one error naming all their columns.
	 */
	static List<ImportRowError> ofViolations(long line, List<FieldViolation> violations,
			Function<String, @Nullable String> columnOfField) {
		Map<String, List<String>> columnsByMessage = new LinkedHashMap<>();
		for (FieldViolation violation : violations) {
			String column = columnOfField.apply(violation.field());
			List<String> columns = columnsByMessage.computeIfAbsent(violation.message(), m -> new ArrayList<>());
			if (column != null && !columns.contains(column)) {
				columns.add(column);
			}
		}
		List<ImportRowError> errors = new ArrayList<>();
		columnsByMessage.forEach((message, columns) -> errors
			.add(new ImportRowError(line, columns.isEmpty() ? null : String.join(", ", columns), message)));
		return errors;
	}
}
