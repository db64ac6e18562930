package dev.custodian.contact;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import dev.custodian.shared.PhoneNumbers;
import dev.custodian.shared.TextFolding;
import dev.custodian.vault.BlindIndex;
import org.jspecify.annotations.Nullable;

/**
 * What makes a contact findable without storing searchable text: blind tokens of the prefixes of the folded
 * first, last and full name and of the email, and exact blind indexes of the email and the phone number.
 */
final class SearchTokens {

	/**
	 * Shorter prefixes are not indexed: a one-letter token would sort every contact into a handful of large,
	 * recognisable groups (the frequency of initials), which tells someone holding the database more than it
	 * helps a search.
	 */
	static final int MIN_PREFIX = 2;

	static final int NAME_PREFIX = 20;

	static final int FULL_NAME_PREFIX = 40;

	static final int EMAIL_PREFIX = 32;

	private SearchTokens() {
	}

	/**
	 * Which way of computing tokens the stored tokens follow; rows written under an older one are re-tokenised
	 * (see {@link Retokenising}). 2: names fold as people type them (apostrophes dropped, umlauts transcribed too).
	 */
	static final int VERSION = 2;

	static Set<String> of(Contact contact, BlindIndex index) {
		Set<String> tokens = new LinkedHashSet<>();
		Set<String> firsts = TextFolding.nameVariants(contact.firstName());
		Set<String> lasts = TextFolding.nameVariants(contact.lastName());
		firsts.forEach(first -> tokens.addAll(index.prefixes("name", first, MIN_PREFIX, NAME_PREFIX)));
		lasts.forEach(last -> tokens.addAll(index.prefixes("name", last, MIN_PREFIX, NAME_PREFIX)));
		for (String first : firsts) {
			for (String last : lasts) {
				tokens.addAll(index.prefixes("name", first + " " + last, first.length() + 1, FULL_NAME_PREFIX));
			}
		}
		if (contact.email() != null) {
			tokens.addAll(index.prefixes("email", TextFolding.fold(contact.email()), MIN_PREFIX, EMAIL_PREFIX));
		}
		return tokens;
	}

	/**
	 * What a search text is matched as: each folded form of it as a name, and folded as an email (where an
	 * apostrophe is a character like any other).
	 */
	record Query(Set<String> names, String email) {

		static Query of(@Nullable String q) {
			return new Query(TextFolding.nameVariants(q), TextFolding.fold(q));
		}

		boolean isEmpty() {
			return names.isEmpty() && email.isEmpty();
		}
	}

	/**
	 * The tokens a query may match: a name prefix or an email prefix, cut to the longest indexed prefix (the rest
	 * is checked on the opened values, see {@link #matches}).
	 */
	static Set<String> forQuery(Query query, BlindIndex index) {
		Set<String> tokens = new LinkedHashSet<>();
		for (String name : query.names()) {
			if (name.length() >= MIN_PREFIX) {
				tokens.add(index.exact("name", name.substring(0, Math.min(name.length(), FULL_NAME_PREFIX))));
				tokens.add(index.exact("name", name.substring(0, Math.min(name.length(), NAME_PREFIX))));
			}
		}
		String email = query.email();
		if (email.length() >= MIN_PREFIX) {
			tokens.add(index.exact("email", email.substring(0, Math.min(email.length(), EMAIL_PREFIX))));
		}
		return tokens;
	}

	/** Whether a query is longer than some indexed prefix, so that token matches must be checked in full. */
	static boolean needsCheck(Query query) {
		return query.email().length() > NAME_PREFIX
				|| query.names().stream().anyMatch(name -> name.length() > NAME_PREFIX);
	}

	/** The full prefix rule, applied to an opened contact. */
	static boolean matches(Contact contact, Query query, @Nullable String raw) {
		String email = TextFolding.fold(contact.email());
		boolean phone = raw != null && contact.phone() != null
				&& PhoneNumbers.toE164(raw, null).map(contact.phone()::equals).orElse(false);
		if (phone || (!email.isEmpty() && email.startsWith(query.email()))) {
			return true;
		}
		for (String first : TextFolding.nameVariants(contact.firstName())) {
			for (String last : TextFolding.nameVariants(contact.lastName())) {
				for (String name : query.names()) {
					if (first.startsWith(name) || last.startsWith(name) || (first + " " + last).startsWith(name)) {
						return true;
					}
				}
			}
		}
		Set<String> alone = new LinkedHashSet<>(TextFolding.nameVariants(contact.firstName()));
		alone.addAll(TextFolding.nameVariants(contact.lastName()));
		return alone.stream().anyMatch(part -> query.names().stream().anyMatch(part::startsWith));
	}

	static @Nullable String emailIndex(@Nullable String email, BlindIndex index) {
		return email == null ? null : index.exact("email-exact", TextFolding.fold(email));
	}

	static @Nullable String phoneIndex(@Nullable String e164, BlindIndex index) {
		return e164 == null ? null : index.exact("phone", e164);
	}

	/** The phone index of a query that is a complete international number, if it is one. */
	static Optional<String> phoneQuery(String raw, BlindIndex index) {
		return PhoneNumbers.toE164(raw, null).map(e164 -> index.exact("phone", e164));
	}
}
