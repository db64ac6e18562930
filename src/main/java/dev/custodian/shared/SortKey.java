package dev.custodian.shared;

/**
 * A column a list can be sorted by: the code clients use ({@code updated}), the SQL expression it orders by
 * (never null: lists wrap nullable columns in {@code coalesce}), and what kind of value that is. Times and
 * numbers travel in cursors; text does not (it may be a name), so a text position is looked up again from the
 * id of the last row shown.
 */
public record SortKey(String code, String expression, Kind kind) {

	public enum Kind {
		TIME, NUMBER, TEXT
	}

	public static SortKey time(String code, String expression) {
		return new SortKey(code, expression, Kind.TIME);
	}

	public static SortKey number(String code, String expression) {
		return new SortKey(code, expression, Kind.NUMBER);
	}

	public static SortKey text(String code, String expression) {
		return new SortKey(code, expression, Kind.TEXT);
	}
}
