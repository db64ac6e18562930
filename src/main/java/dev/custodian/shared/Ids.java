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

	/**
	 * The id of a record named in a URL: a malformed id names no record, so it answers 404 like any other unknown id.
	 * @param text the id from the path
	 * @param resourceType what the id names, for the problem answer ("contact")
	 * @throws NotFoundException when the text is not a UUID
	 */
	public static UUID parseOrNotFound(String text, String resourceType) {
		UUID id = parseOrNull(text);
		if (id == null) {
			throw new NotFoundException(resourceType, "(malformed id)");
		}
		return id;
	}

	/**
	 * An optional id given as a filter or a field: blank means none, anything else must be a UUID.
	 * @return the id, or {@code null} when none is given or it is malformed (then {@code violations} names the field)
	 */
	public static @org.jspecify.annotations.Nullable UUID optional(@org.jspecify.annotations.Nullable String text,
			String field, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		UUID id = parseOrNull(text.trim());
		if (id == null) {
			violations.add(field, "must be a UUID");
		}
		return id;
	}
}
