package dev.custodian.audit;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An order-independent digest of a set of (entry, subject) pairs, so the subject index can be compared with the
 * sealed entries while both are streamed in whatever order the database returns them: the sum of each pair's
 * SHA-256 (256 bits, in four 64-bit lanes that wrap) and the number of pairs. Re-pointing one index row to another
 * subject, adding or removing one, changes it.
 */
final class SubjectSet {

	private final long[] sum = new long[4];

	private long count;

	void add(UUID entry, UUID subject) {
		ByteBuffer digest = ByteBuffer.wrap(sha256(entry, subject));
		for (int lane = 0; lane < 4; lane++) {
			sum[lane] += digest.getLong();
		}
		count++;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof SubjectSet set && set.count == count && java.util.Arrays.equals(set.sum, sum);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(sum[0] ^ count);
	}

	private static byte[] sha256(UUID entry, UUID subject) {
		ByteBuffer pair = ByteBuffer.allocate(32);
		pair.putLong(entry.getMostSignificantBits()).putLong(entry.getLeastSignificantBits());
		pair.putLong(subject.getMostSignificantBits()).putLong(subject.getLeastSignificantBits());
		try {
			return MessageDigest.getInstance("SHA-256").digest(pair.array());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}
}
