package dev.custodian.catalog;

import java.util.List;

/**
 * The schema holds columns no module declared, so nobody has said whether they hold personal data. Names
 * {@code table.column} only, never a value.
 */
public class UndeclaredColumnsException extends RuntimeException {

	private final List<String> columns;

	public UndeclaredColumnsException(List<String> columns) {
		super("Columns declared neither personal nor not personal in the data catalogue: " + String.join(", ", columns));
		this.columns = List.copyOf(columns);
	}

	/** The undeclared columns as {@code table.column}, sorted. */
	public List<String> columns() {
		return columns;
	}
}
