package dev.custodian.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Creates time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, a 12-bit sequence, then random
 * bits. Within one process ids strictly increase (the sequence counts up inside a millisecond, RFC 9562 method 3),
 * so they double as a creation order; time order also keeps B-tree inserts local.
 */
public final class Ids {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Ids() {
	}

	private static long lastMillis;

	private static int sequence;

	public static UUID newId() {
		long millis;
		int seq;
		synchronized (Ids.class) {
			millis = Math.max(System.currentTimeMillis(), lastMillis);
			if (millis == lastMillis) {
				sequence++;
				if (sequence > 0xFFF) {
					millis++;
					sequence = RANDOM.nextInt(1 << 10);
				}
			}
			else {
				sequence = RANDOM.nextInt(1 << 10);
			}
			lastMillis = millis;
			seq = sequence;
		}
		long msb = (millis << 16) | (0x7L << 12) | seq;
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
