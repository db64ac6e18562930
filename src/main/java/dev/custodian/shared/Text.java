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
		return cleaned;
	}
}
