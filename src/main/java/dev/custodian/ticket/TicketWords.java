package dev.custodian.ticket;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.custodian.shared.TextFolding;
import dev.custodian.vault.BlindIndex;
import org.jspecify.annotations.Nullable;

/**
 * What makes a ticket findable by its subject without storing searchable text: keyed blind tokens of the prefixes
 * (2 to 20 characters) of every folded word of the subject. A query matches a ticket when each of its words starts
 * a word of the subject; words longer than the indexed prefix are checked on the opened subject.
 */
final class TicketWords {

	static final int MIN_PREFIX = 2;

	static final int MAX_PREFIX = 20;

	private static final String DOMAIN = "ticket-subject";

	private static final Pattern NUMBER = Pattern.compile("#?\\s*([0-9]{1,15})");

	private TicketWords() {
	}

	/** The folded words of a text, in order, without repeats. */
	static List<String> words(@Nullable String text) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : TextFolding.fold(text).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return List.copyOf(words);
	}

	static Set<String> tokens(@Nullable String subject, BlindIndex index) {
		Set<String> tokens = new LinkedHashSet<>();
		words(subject).forEach(word -> tokens.addAll(index.prefixes(DOMAIN, word, MIN_PREFIX, MAX_PREFIX)));
		return tokens;
	}

	/** The token each query word must match; words shorter than the shortest prefix are left out. */
	static List<String> queryTokens(@Nullable String q, BlindIndex index) {
		return words(q).stream()
			.filter(word -> word.length() >= MIN_PREFIX)
			.map(word -> index.exact(DOMAIN, word.substring(0, Math.min(word.length(), MAX_PREFIX))))
			.distinct()
			.toList();
	}

	/** Whether every query word starts a word of the opened subject. */
	static boolean matches(@Nullable String subject, @Nullable String q) {
		List<String> words = words(subject);
		return words(q).stream()
			.filter(word -> word.length() >= MIN_PREFIX)
			.allMatch(query -> words.stream().anyMatch(word -> word.startsWith(query)));
	}

	/** The number a query names ({@code 123} or {@code #123}), if it is one. */
	static Optional<Long> number(@Nullable String q) {
		if (q == null) {
			return Optional.empty();
		}
		Matcher matcher = NUMBER.matcher(q.strip());
		return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
	}
}
