package dev.custodian.shared;

import org.jspecify.annotations.Nullable;

/**
 * A request for one page: how many items and where to continue. Limits default to 50 and stop at 200.
 */
public record PageRequest(int limit, @Nullable Cursor cursor) {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 200;

	public static PageRequest first(int limit) {
		return new PageRequest(limit, null);
	}

	/**
	 * Reads the {@code limit} and {@code cursor} request parameters.
	 * @throws InvalidInputException naming each parameter that is malformed
	 */
	public static PageRequest parse(@Nullable String limit, @Nullable String cursor) {
		Violations violations = new Violations();
		int parsedLimit = DEFAULT_LIMIT;
		if (limit != null && !limit.isBlank()) {
			try {
				parsedLimit = Integer.parseInt(limit.trim());
				if (parsedLimit < 1 || parsedLimit > MAX_LIMIT) {
					violations.add("limit", "must be between 1 and " + MAX_LIMIT);
				}
			}
			catch (NumberFormatException ex) {
				violations.add("limit", "must be a whole number");
			}
		}
		Cursor parsedCursor = null;
		if (cursor != null && !cursor.isBlank()) {
			parsedCursor = Cursor.decode(cursor);
			if (parsedCursor == null) {
				violations.add("cursor", "is not a cursor this server issued");
			}
		}
		violations.throwIfAny();
		return new PageRequest(parsedLimit, parsedCursor);
	}
}
