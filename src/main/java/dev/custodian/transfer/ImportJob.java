package dev.custodian.transfer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import as stored: its file's format, the mapping of its columns, the dry run's counts and the run's progress.
 * Holds column names and counts, never a value from the file.
 *
 * @param duplicates what the run does with rows matching a stored record ({@code skip}, {@code update},
 * {@code create}); null until started
 * @param check the dry run's counts; null until the dry run ends
 * @param runSince when the current run (a resumed job starts a new one) began, and {@code runRowsSince} the rows
 * done then: the rate is measured over the current run
 */
public record ImportJob(UUID id, String recordType, ImportStatus status, String fileName, long fileBytes,
		String charset, char delimiter, ImportMapping mapping, boolean matchPhone, @Nullable String duplicates,
		@Nullable DryRun check, long rowsDone, long created, long updated, long skipped, long rejected,
		UUID createdBy, Instant createdAt, @Nullable Instant analysedAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt, @Nullable Instant runSince, long runRowsSince, boolean cancelRequested,
		@Nullable String failure, long version) {

	/**
	 * What the dry run found.
	 * @param rows the data rows of the file (the header row not counted)
	 * @param fresh rows matching no stored record and no earlier row
	 * @param existing rows matching a stored record, or an earlier row of the file, by email (or domain or name)
	 * @param phoneOnly rows matching a stored record or an earlier row by phone number only
	 * @param rejected rows with errors
	 */
	public record DryRun(long rows, long fresh, long existing, long phoneOnly, long rejected) {

		/** What the run would do with each way of treating duplicates: {created, updated, skipped}. */
		public long[] outcome(String duplicates) {
			return switch (duplicates) {
				case "update" -> new long[] { fresh, existing + phoneOnly, 0 };
				case "create" -> new long[] { fresh + phoneOnly, 0, existing };
				default -> new long[] { fresh, 0, existing + phoneOnly };
			};
		}
	}

	/**
	 * What the run would do with each way of treating duplicates: {created, updated, skipped}; zeros before the dry
	 * run ends. Nothing about a deal is unique, so creating anyway creates every deal row; a contact is only created
	 * where its email is free.
	 */
	public long[] outcome(String duplicates) {
		if (check == null) {
			return new long[3];
		}
		if ("create".equals(duplicates) && "deal".equals(recordType)) {
			return new long[] { check.fresh() + check.existing() + check.phoneOnly(), 0, 0 };
		}
		return check.outcome(duplicates);
	}

	/** Rows in the file: known once the dry run ends. */
	public @Nullable Long rowsTotal() {
		return check == null ? null : check.rows();
	}

	/** Rows per second of the current run; null before a run or before its first batch. */
	public @Nullable Double rowsPerSecond(Instant now) {
		if (runSince == null || status != ImportStatus.RUNNING || rowsDone <= runRowsSince) {
			return null;
		}
		double seconds = Math.max(0.001, Duration.between(runSince, now).toMillis() / 1000.0);
		return (rowsDone - runRowsSince) / seconds;
	}

	/** Seconds the run will still take at its current rate; null when unknown. */
	public @Nullable Long secondsLeft(Instant now) {
		Double rate = rowsPerSecond(now);
		Long total = rowsTotal();
		return rate == null || total == null || rate <= 0 ? null : (long) Math.ceil((total - rowsDone) / rate);
	}

	/** Every row accounted for: created, updated, skipped and rejected add up to the rows done. */
	public boolean accountsForEveryRow() {
		return created + updated + skipped + rejected == rowsDone;
	}

	public List<ImportMapping.Column> columns() {
		return mapping.columns();
	}
}
