package dev.custodian.shared;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Maps stored versions to HTTP entity tags and back, for optimistic locking with {@code ETag}/{@code If-Match}.
 */
public final class Versions {

	private static final Pattern STRONG_TAG = Pattern.compile("\"(0|[1-9][0-9]{0,17})\"");

	private Versions() {
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * Reads {@code If-Match} with the strong comparison RFC 9110 (section 13.1.1) requires: only a strong tag of
	 * ours matches. A weak tag ({@code W/"3"}) never matches, because it does not promise the same bytes, and
	 * neither does anything that is not one of our tags; both then answer 412 rather than being guessed at.
	 * @param ifMatch the {@code If-Match} header
	 * @return the version the client last read, or -1 when the tag is weak or not one of ours (it then matches
	 * nothing)
	 * @throws PreconditionRequiredException when the header is missing
	 */
	public static long expected(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		Matcher tag = STRONG_TAG.matcher(ifMatch.strip());
		return tag.matches() ? Long.parseLong(tag.group(1)) : -1;
	}
}
