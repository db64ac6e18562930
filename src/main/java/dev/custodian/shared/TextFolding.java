package dev.custodian.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Folds text for matching: lower case, accents removed, white space collapsed ("Émile  Zola" → "emile zola").
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private TextFolding() {
	}

	public static String fold(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		String unmarked = MARKS.matcher(decomposed).replaceAll("");
		String special = unmarked.replace("ß", "ss").replace("ø", "o").replace("Ø", "o").replace("ł", "l")
			.replace("Ł", "l").replace("æ", "ae").replace("Æ", "ae").replace("œ", "oe").replace("Œ", "oe");
		return SPACES.matcher(special.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
	}

	/**
	 * Escapes {@code %}, {@code _} and {@code \} so user text is matched literally in a {@code LIKE} pattern.
	 */
	public static String likePrefix(String folded) {
		return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
