package dev.custodian.customfield;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How far the sealing of a field's existing values has come, after the field was declared personal: values
 * sealed so far of those in the clear when it began.
 *
 * @param finishedAt when every value was sealed; null while the work goes on
 */
public record SealingProgress(long done, long total, Instant startedAt, @Nullable Instant finishedAt) {

	public boolean finished() {
		return finishedAt != null;
	}

	/** Whole per cent done, 100 when finished. */
	public int percent() {
		return finished() || total == 0 ? 100 : (int) Math.min(99, done * 100 / total);
	}
}
