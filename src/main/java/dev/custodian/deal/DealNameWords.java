package dev.custodian.deal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.custodian.shared.TextFolding;
import org.jspecify.annotations.Nullable;

/**
 * How a deal's name is found by the start of its words: the name folded ({@link TextFolding#fold}: lower case,
 * accents removed) and split on everything that is not a letter or a digit; each word is indexed by its prefixes of
 * {@link #MIN} to {@link #MAX} characters. A search text is split the same way, and every word of it of at least
 * {@link #MIN} characters must start some word of the name.
 */
final class DealNameWords {

	/**
	 * Which way of splitting names the stored prefixes follow ({@code deals.name_words}); deals written under an
	 * older one, or none (0), are indexed again (see {@link DealNameIndexing}).
	 */
	static final int VERSION = 1;

	/** A one-letter word would match most deals and tell the user nothing; it is left out of searches. */
	static final int MIN = 2;

	/** The longest prefix stored; a longer search word is looked up by its first {@code MAX} characters. */
	static final int MAX = 20;

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private DealNameWords() {
	}

	/** The folded words of a text, in order, each once, however short. */
	static List<String> words(@Nullable String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : NOT_WORD.split(TextFolding.fold(text))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return List.copyOf(words);
	}

	/** Every prefix of {@link #MIN} to {@link #MAX} characters of every word of the name. */
	static Set<String> prefixes(String name) {
		Set<String> prefixes = new LinkedHashSet<>();
		for (String word : words(name)) {
			int length = word.codePointCount(0, word.length());
			for (int n = MIN; n <= Math.min(length, MAX); n++) {
				prefixes.add(cut(word, n));
			}
		}
		return prefixes;
	}

	/**
	 * The words of a search text that must each start a word of the name: those of at least {@link #MIN}
	 * characters, without one that merely starts another of them (it adds nothing). Empty: the text finds nothing.
	 */
	static List<String> searched(String text) {
		List<String> words = words(text).stream().filter(w -> w.codePointCount(0, w.length()) >= MIN).toList();
		List<String> kept = new ArrayList<>();
		for (String word : words) {
			if (words.stream().noneMatch(other -> !other.equals(word) && other.startsWith(word))) {
				kept.add(word);
			}
		}
		return kept;
	}

	/** The prefix a search word is looked up by: the word itself, or its first {@link #MAX} characters. */
	static String key(String word) {
		return word.codePointCount(0, word.length()) > MAX ? cut(word, MAX) : word;
	}

	/** Whether a word is longer than its key, so a match by the key still needs {@link #matches}. */
	static boolean longerThanKey(String word) {
		return !key(word).equals(word);
	}

	/** Whether every searched word starts some word of the name. */
	static boolean matches(String name, List<String> searched) {
		List<String> words = words(name);
		return searched.stream().allMatch(s -> words.stream().anyMatch(w -> w.startsWith(s)));
	}

	private static String cut(String word, int codePoints) {
		return word.substring(0, word.offsetByCodePoints(0, codePoints));
	}
}
