package dev.custodian.shared;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Folds text for matching: lower case, accents removed, white space collapsed ("Émile  Zola" → "emile zola").
 * Names fold further, the way people type them: apostrophes dropped ("O'Brien" → "obrien"), every dash a hyphen
 * (kept, so "jean-" is the start of "Jean-Luc"), and umlauts both plain and transcribed ("Müller" under "muller"
 * and "mueller").
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Apostrophes and the marks people type for them; dropped before decomposition turns some into spaces. */
	private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC\u02B9`\u00B4]");

	private static final Pattern DASHES = Pattern.compile("[\u2010\u2011\u2012\u2013\u2014\u2212\uFE63\uFF0D]");

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

	/** A name folded as people type it: {@link #fold}, without apostrophes, with every dash a hyphen. */
	public static String foldName(@Nullable String text) {
		if (text == null) {
			return "";
		}
		return fold(DASHES.matcher(APOSTROPHES.matcher(text).replaceAll("")).replaceAll("-"));
	}

	/**
	 * Every folded form of a name that a search should find it under: {@link #foldName} and, for names with
	 * umlauts, their German transcription ("Müller": "muller" and "mueller"). Queries fold the same way, so
	 * "müller", "muller" and "mueller" all find Müller, and "müller" also finds Mueller.
	 */
	public static Set<String> nameVariants(@Nullable String text) {
		Set<String> variants = new LinkedHashSet<>();
		String plain = foldName(text);
		if (plain.isEmpty()) {
			return variants;
		}
		variants.add(plain);
		String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
		String transcribed = composed.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae")
			.replace("Ö", "Oe").replace("Ü", "Ue");
		variants.add(foldName(transcribed));
		return variants;
	}

	/**
	 * Escapes {@code %}, {@code _} and {@code \} so user text is matched literally in a {@code LIKE} pattern.
	 */
	public static String likePrefix(String folded) {
		return folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
