package dev.custodian.transfer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The keys (emails, phone numbers, domains) of the rows a dry run has seen, to find rows repeating an earlier row
 * of the same file: kept as 64-bit digests in an open-addressing table, so a million rows take about 16 MB and no
 * value stays in memory as text. Two different keys sharing a digest (odds about 1 in 10^7 for a million keys)
 * would count one row as repeated in the dry run only; the run itself matches on the stored values.
 */
final class SeenKeys {

	private long[] slots = new long[1 << 16];

	private int size;

	private boolean seenZero;

	/** Adds the key; returns whether it was new. */
	boolean add(String key) {
		long digest = digest(key);
		if (digest == 0) {
			boolean added = !seenZero;
			seenZero = true;
			return added;
		}
		if (size * 2 >= slots.length) {
			grow();
		}
		return insert(slots, digest);
	}

	private boolean insert(long[] table, long digest) {
		int mask = table.length - 1;
		int i = (int) (digest ^ (digest >>> 32)) & mask;
		while (table[i] != 0) {
			if (table[i] == digest) {
				return false;
			}
			i = (i + 1) & mask;
		}
		table[i] = digest;
		if (table == slots) {
			size++;
		}
		return true;
	}

	private void grow() {
		long[] old = slots;
		slots = new long[old.length * 2];
		size = 0;
		Arrays.stream(old).filter(d -> d != 0).forEach(d -> insert(slots, d));
	}

	private static long digest(String key) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (hash[i] & 0xff);
			}
			return value;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}
}
