package dev.custodian.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The order of a list: one {@link SortKey}, ascending or descending, always followed by the id in the same
 * direction, so that rows with equal keys still have one fixed order and keyset paging neither skips nor repeats
 * them. Written as clients send it: {@code updated} ascending, {@code -updated} descending.
 */
public record ListSort(SortKey key, boolean descending) {

	/** {@code updated} or {@code -updated}. */
	public String code() {
		return (descending ? "-" : "") + key.code();
	}

	/** The same key in the other direction, for a column heading that toggles. */
	public ListSort reversed() {
		return new ListSort(key, !descending);
	}

	/**
	 * Reads a sort parameter.
	 * @param fallback the list's default order, used when {@code text} is blank
	 * @throws InvalidInputException naming {@code field} when the text names no key of {@code keys}
	 */
	public static ListSort parse(String field, @Nullable String text, List<SortKey> keys, ListSort fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		String trimmed = text.trim();
		boolean descending = trimmed.startsWith("-");
		String code = descending ? trimmed.substring(1) : trimmed;
		return keys.stream()
			.filter(key -> key.code().equals(code))
			.findFirst()
			.map(key -> new ListSort(key, descending))
			.orElseThrow(() -> InvalidInputException.of(field, "must be one of "
					+ String.join(", ", keys.stream().map(SortKey::code).toList()) + ", each optionally after a -"));
	}

	/** {@code order by} clause over {@code idColumn} as the tie-break. */
	public String orderBy(String idColumn) {
		String direction = descending ? " desc" : "";
		return " order by " + key.expression() + direction + ", " + idColumn + direction;
	}

	/** The condition for rows after a position; its parameters are the key value twice, then the id. */
	public String after(String idColumn) {
		String op = descending ? " < " : " > ";
		return " and (" + key.expression() + op + "? or (" + key.expression() + " = ? and " + idColumn + op + "?))";
	}
}
