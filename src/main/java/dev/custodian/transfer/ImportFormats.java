package dev.custodian.transfer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The encodings and separators a user may choose instead of letting the file's be detected. */
final class ImportFormats {

	static final Map<String, Charset> CHARSETS = Map.of("utf-8", StandardCharsets.UTF_8, "windows-1252",
			Charset.forName("windows-1252"), "iso-8859-1", StandardCharsets.ISO_8859_1);

	static final Map<String, Character> DELIMITERS = Map.of(",", ',', "comma", ',', ";", ';', "semicolon", ';', "tab",
			'\t', "\t", '\t', "|", '|');

	private ImportFormats() {
	}

	/** The chosen encoding; null (detect) when none is given. */
	static @Nullable Charset charset(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Charset charset = CHARSETS.get(name.strip().toLowerCase(Locale.ROOT));
		if (charset == null) {
			throw InvalidInputException.of("charset", "must be utf-8, windows-1252 or iso-8859-1 (or left out to "
					+ "detect it)");
		}
		return charset;
	}

	/** The chosen separator; null (detect) when none is given. */
	static @Nullable Character delimiter(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			return null;
		}
		Character delimiter = DELIMITERS.get(name.equals("\t") ? name : name.strip().toLowerCase(Locale.ROOT));
		if (delimiter == null) {
			throw InvalidInputException.of("delimiter", "must be comma, semicolon, tab or | (or left out to detect "
					+ "it)");
		}
		return delimiter;
	}

	/** The file's own name, without a client's path, at most 255 characters. */
	static String fileName(@Nullable String given) {
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		name = name.replaceAll("\\p{Cntrl}", "");
		if (name.isEmpty()) {
			name = "upload.csv";
		}
		return name.length() > 255 ? name.substring(0, 255) : name;
	}

	/** How a separator is named on pages and in the API. */
	static String delimiterName(char delimiter) {
		return switch (delimiter) {
			case ',' -> "comma";
			case ';' -> "semicolon";
			case '\t' -> "tab";
			default -> String.valueOf(delimiter);
		};
	}
}
