package dev.custodian.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Creates time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then random bits.
 * Time order keeps B-tree inserts local and lets ids double as a stable creation order.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	public static UUID newId() {
		long millis = System.currentTimeMillis();
		long randA = RANDOM.nextInt(1 << 12);
		long msb = (millis << 16) | (0x7L << 12) | randA;
		long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(msb, lsb);
	}

	/**
	 * Parses a UUID, or returns {@code null} when the text is not one (callers turn that into a 400 or 404).
	 */
	public static @org.jspecify.annotations.Nullable UUID parseOrNull(@org.jspecify.annotations.Nullable String text) {
		if (text == null || text.length() != 36) {
			return null;
		}
		try {
			return UUID.fromString(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
