package dev.custodian.vault;

import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Keyed blind indexes: HMAC-SHA256 under an index key of its own (not derived from any data key), truncated to
 * 128 bits. Equal inputs give equal tokens, so the database can match them, but without the key a token reveals
 * nothing and cannot be tested against guesses. The domain separates uses ({@code email}, {@code phone},
 * {@code name}), so equal text in different fields gives different tokens.
 */
public final class BlindIndex {

	private final byte[] key;

	BlindIndex(byte[] key) {
		this.key = key.clone();
	}

	/** The token of an exact value, already normalised by the caller. */
	public String exact(String domain, String value) {
		return HexFormat.of().formatHex(Aead.hmac(key, domain, value), 0, 16);
	}

	/**
	 * Tokens of every prefix of {@code folded} from {@code minLength} to {@code maxLength} characters, for prefix
	 * search: a query's token equals the token of the same prefix of a stored value.
	 */
	public Set<String> prefixes(String domain, String folded, int minLength, int maxLength) {
		Set<String> tokens = new LinkedHashSet<>();
		int end = Math.min(folded.length(), maxLength);
		for (int length = Math.max(1, minLength); length <= end; length++) {
			tokens.add(exact(domain, folded.substring(0, length)));
		}
		return tokens;
	}
}
