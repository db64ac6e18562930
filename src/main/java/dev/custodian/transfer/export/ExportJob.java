package dev.custodian.transfer.export;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A background export as its owner sees it.
 *
 * @param status {@code queued}, {@code running}, {@code completed}, {@code failed} or {@code expired}
 * @param rowsTotal how many rows the list counted when the export was asked for (an estimate beyond 10,000)
 * @param rowsDone how many rows are written so far
 * @param expiresAt when the file is destroyed (for a job not yet done: when it is given up)
 */
public record ExportJob(UUID id, UUID userId, String collection, String purpose, String status, long rowsTotal,
		long rowsDone, Instant createdAt, @Nullable Instant completedAt, Instant expiresAt, UUID filtersFile,
		UUID resultFile) {

	public static final String QUEUED = "queued";

	public static final String RUNNING = "running";

	public static final String COMPLETED = "completed";

	public static final String FAILED = "failed";

	public static final String EXPIRED = "expired";

	/** Whether the file can be downloaded at {@code now}. */
	public boolean downloadable(Instant now) {
		return COMPLETED.equals(status) && expiresAt.isAfter(now);
	}

	/** Whether the file is gone for good (or will be at the next clean-up). */
	public boolean expired(Instant now) {
		return EXPIRED.equals(status) || !expiresAt.isAfter(now);
	}

	/** Done with, one way or another: the page stops refreshing. */
	public boolean finished() {
		return COMPLETED.equals(status) || FAILED.equals(status) || EXPIRED.equals(status);
	}

	/** Percent done, for a progress bar. */
	public int percent() {
		return rowsTotal <= 0 ? (finished() ? 100 : 0) : (int) Math.min(100, rowsDone * 100 / rowsTotal);
	}
}
