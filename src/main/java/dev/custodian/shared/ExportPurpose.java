package dev.custodian.shared;

/**
 * Why a list is exported: a short reason typed by staff, kept in the audit entries of the export. By policy it is
 * not personal data, yet it is free text, so its length is capped and control characters are taken out (they could
 * forge lines in anything that shows it as text).
 *
 * @param text the reason, 3 to 200 characters, without control characters
 */
public record ExportPurpose(String text) {

	public static final int MIN = 3;

	public static final int MAX = 200;

	/** @throws InvalidInputException naming {@code purpose} when the text is too short or too long */
	public ExportPurpose {
		text = text.codePoints()
			.filter(c -> !Character.isISOControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString()
			.strip();
		if (text.length() < MIN || text.length() > MAX || Text.hasLoneSurrogate(text)) {
			throw InvalidInputException.of("purpose", "must be a reason of " + MIN + " to " + MAX + " characters");
		}
	}

	/**
	 * Reads the {@code purpose} parameter.
	 * @throws InvalidInputException naming {@code purpose} when it is missing, too short or too long
	 */
	public static ExportPurpose parse(@org.jspecify.annotations.Nullable String text) {
		if (text == null) {
			throw InvalidInputException.of("purpose", "is required: say briefly why you export this list");
		}
		return new ExportPurpose(text);
	}
}
