package dev.custodian.shared;

import org.jspecify.annotations.Nullable;

/**
 * Input clean-up shared by forms: trimmed, blank becomes absent, lengths bounded.
 */
public final class Text {

	private Text() {
	}

	public static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}

	/**
	 * Cleans the value and records a violation when it is longer than {@code max} characters or holds control
	 * characters.
	 */
	public static @Nullable String limited(@Nullable String value, int max, String field, Violations violations) {
		String cleaned = clean(value);
		if (cleaned == null) {
			return null;
		}
		if (cleaned.length() > max) {
			violations.add(field, "must be at most " + max + " characters");
		}
		else if (cleaned.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
			violations.add(field, "must not contain control characters");
		}
		else if (hasLoneSurrogate(cleaned)) {
			violations.add(field, "is not valid Unicode text (a lone surrogate)");
		}
		return cleaned;
	}

	/**
	 * Checks a search text ({@code q}) before it reaches a query: control characters (NUL above all, which
	 * PostgreSQL refuses in text) and lone surrogates cannot be part of any stored value, so they are a client
	 * mistake, reported rather than passed on.
	 * @throws InvalidInputException naming {@code field}
	 */
	public static void checkSearch(String field, @Nullable String q) {
		if (q == null) {
			return;
		}
		if (q.chars().anyMatch(Character::isISOControl)) {
			throw InvalidInputException.of(field, "must not contain control characters");
		}
		if (hasLoneSurrogate(q)) {
			throw InvalidInputException.of(field, "is not valid Unicode text (a lone surrogate)");
		}
	}

	/**
	 * Whether the text holds half of a surrogate pair without the other half: no UTF-8 encoder can store it
	 * (the database would keep {@code ?} instead), so it is never valid input.
	 */
	public static boolean hasLoneSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}
}
