package dev.custodian.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a sorted list continues: the sort it belongs to, the last row's sort value (times and numbers only; text
 * is looked up again from the id, so no name travels in a URL) and the last row's id.
 */
public record KeysetPosition(String sort, @Nullable Object value, UUID id) {

	/** The column under which lists select their sort expression, so a position can be read from any row. */
	public static final String COLUMN = "sort_value";

	/** Reads the position of a row that selected {@code <expression> as sort_value}. */
	public static KeysetPosition of(ListSort sort, ResultSet rs, UUID id) throws SQLException {
		Object value = switch (sort.key().kind()) {
			case TIME -> DbTime.required(rs, COLUMN);
			case NUMBER -> rs.getLong(COLUMN);
			case TEXT -> rs.getString(COLUMN);
		};
		return new KeysetPosition(sort.code(), value, id);
	}

	/** The cursor text; text values are left out. */
	public String encode() {
		String text = "";
		if (value instanceof Instant instant) {
			text = Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
		}
		else if (value instanceof Long number) {
			text = number.toString();
		}
		return Cursor.of(sort, text, id.toString()).encode();
	}

	/**
	 * Reads a cursor issued for {@code sort}. A text position comes back without its value: the caller looks it up
	 * from the id.
	 * @throws InvalidInputException naming {@code cursor} when it is not one this server issued for this sort
	 */
	public static KeysetPosition decode(Cursor cursor, ListSort sort) {
		if (cursor.values().size() != 3 || Ids.parseOrNull(cursor.value(2)) == null) {
			throw InvalidInputException.of("cursor", "is not a cursor this server issued");
		}
		if (!cursor.value(0).equals(sort.code())) {
			throw InvalidInputException.of("cursor", "belongs to another sort order; start again from the first page");
		}
		UUID id = Ids.parseOrNull(cursor.value(2));
		try {
			Object value = switch (sort.key().kind()) {
				case TIME -> Instant.EPOCH.plus(Long.parseLong(cursor.value(1)), ChronoUnit.MICROS);
				case NUMBER -> Long.parseLong(cursor.value(1));
				case TEXT -> null;
			};
			return new KeysetPosition(sort.code(), value, id);
		}
		catch (NumberFormatException | ArithmeticException | java.time.DateTimeException ex) {
			throw InvalidInputException.of("cursor", "is not a cursor this server issued");
		}
	}

	/** The value as a query parameter. */
	public @Nullable Object param() {
		return value instanceof Instant instant ? DbTime.param(instant) : value;
	}

	public KeysetPosition withValue(Object found) {
		return new KeysetPosition(sort, found, id);
	}
}
