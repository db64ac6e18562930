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

	static Set<String> of(Contact contact, BlindIndex index) {
		Set<String> tokens = new LinkedHashSet<>();
		String first = TextFolding.fold(contact.firstName());
		String last = TextFolding.fold(contact.lastName());
		tokens.addAll(index.prefixes("name", first, MIN_PREFIX, NAME_PREFIX));
		tokens.addAll(index.prefixes("name", last, MIN_PREFIX, NAME_PREFIX));
		if (!first.isEmpty() && !last.isEmpty()) {
			String full = first + " " + last;
			tokens.addAll(index.prefixes("name", full, first.length() + 1, FULL_NAME_PREFIX));
		}
		if (contact.email() != null) {
			tokens.addAll(index.prefixes("email", TextFolding.fold(contact.email()), MIN_PREFIX, EMAIL_PREFIX));
		}
		return tokens;
	}

	/**
	 * The tokens a query may match: a name prefix or an email prefix, cut to the longest indexed prefix (the rest
	 * is checked on the opened values, see {@link #matches}).
	 */
	static Set<String> forQuery(String folded, BlindIndex index) {
		Set<String> tokens = new LinkedHashSet<>();
		if (folded.length() < MIN_PREFIX) {
			return tokens;
		}
		tokens.add(index.exact("name", folded.substring(0, Math.min(folded.length(), FULL_NAME_PREFIX))));
		tokens.add(index.exact("name", folded.substring(0, Math.min(folded.length(), NAME_PREFIX))));
		tokens.add(index.exact("email", folded.substring(0, Math.min(folded.length(), EMAIL_PREFIX))));
		return tokens;
	}

	/** Whether a query is longer than some indexed prefix, so that token matches must be checked in full. */
	static boolean needsCheck(String folded) {
		return folded.length() > NAME_PREFIX;
	}

	/** The full prefix rule, applied to an opened contact. */
	static boolean matches(Contact contact, String folded, @Nullable String raw) {
		String first = TextFolding.fold(contact.firstName());
		String last = TextFolding.fold(contact.lastName());
		String email = TextFolding.fold(contact.email());
		boolean phone = raw != null && contact.phone() != null
				&& PhoneNumbers.toE164(raw, null).map(contact.phone()::equals).orElse(false);
		return phone || first.startsWith(folded) || last.startsWith(folded) || (first + " " + last).startsWith(folded)
				|| (!email.isEmpty() && email.startsWith(folded));
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
