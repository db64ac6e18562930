package dev.custodian.transfer.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.transfer.ImportJob;
import dev.custodian.transfer.ImportMapping;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** An import as the API shows it. */
@Schema(name = "Import")
record ImportResource(UUID id,
		@Schema(allowableValues = { "contact", "company", "deal" }) String recordType,
		@Schema(allowableValues = { "analysing", "ready", "running", "completed", "failed",
				"cancelled" }, description = "analysing (the dry run) → ready → running → completed, or failed or "
						+ "cancelled") String status,
		String fileName, long fileBytes,
		@Schema(description = "The file's encoding, detected or chosen", example = "UTF-8") String charset,
		@Schema(allowableValues = { "comma", "semicolon", "tab", "|" }) String delimiter,
		@Schema(description = "Each column of the header row and the field it goes to (null: ignored)")
		List<MappedColumn> mapping,
		@Schema(description = "The fields a column may go to: the standard ones, then custom fields as cf.<key>")
		List<String> availableFields,
		@Schema(description = "What the mapping lacks for rows to be stored; the import cannot start until it is "
				+ "empty") List<String> mappingProblems,
		@Schema(description = "Whether rows also match stored contacts by phone number") boolean matchPhone,
		@Schema(allowableValues = { "skip", "update", "create" },
				description = "What the run does with rows matching a stored record; null until started")
		@Nullable String duplicates,
		@Schema(description = "The dry run's findings; null until it is done") @Nullable DryRunResource dryRun,
		@Schema(description = "Data rows in the file (the header row not counted); null until the dry run is done")
		@Nullable Long rowsTotal,
		long rowsDone, long created, long updated, long skipped,
		@Schema(description = "Rows rejected: the dry run's until the import starts, then the run's") long errors,
		@Schema(description = "Rows per second of the current run") @Nullable Double rowsPerSecond,
		@Schema(description = "Seconds the run will still take at its current rate") @Nullable Long secondsLeft,
		@Schema(description = "The first row errors, in line order; all of them (up to the listing limit) are in "
				+ "the report at errorReport") List<RowErrorResource> firstErrors,
		@Schema(description = "The error report (CSV: line, column, message)") String errorReport,
		boolean cancelRequested, @Nullable String failure, Instant createdAt, @Nullable Instant startedAt,
		@Nullable Instant finishedAt) {

	@Schema(name = "ImportColumn")
	record MappedColumn(int index, String column,
			@Schema(description = "The field it goes to; null when ignored", example = "firstName") @Nullable String field) {
	}

	/**
	 * @param outcomes what the run would do under each way of treating duplicates
	 */
	@Schema(name = "ImportDryRun")
	record DryRunResource(long rows,
			@Schema(description = "Rows matching no stored record and no earlier row: new records") long fresh,
			@Schema(description = "Rows matching a stored record or an earlier row by email (contacts), by domain "
					+ "or name (companies), or by name at the same company in the same pipeline (deals)") long existing,
			@Schema(description = "Rows matching a stored contact or an earlier row by phone number only") long phoneOnly,
			@Schema(description = "Rows with errors: nothing of them is stored") long rejected,
			Outcome ifSkip, Outcome ifUpdate, Outcome ifCreate) {
	}

	@Schema(name = "ImportOutcome")
	record Outcome(long created, long updated, long skipped) {

		static Outcome of(long[] counts) {
			return new Outcome(counts[0], counts[1], counts[2]);
		}
	}

	@Schema(name = "ImportRowError")
	record RowErrorResource(long line, @Nullable String column, String message) {
	}

	static ImportResource of(ImportJob job, List<String> fields, List<String> problems,
			List<RowErrorResource> firstErrors, Instant now) {
		List<MappedColumn> mapping = job.columns().stream()
			.map((ImportMapping.Column c) -> new MappedColumn(c.index(), c.name(), c.target()))
			.toList();
		ImportJob.DryRun check = job.check();
		DryRunResource dryRun = check == null ? null
				: new DryRunResource(check.rows(), check.fresh(), check.existing(), check.phoneOnly(), check.rejected(),
						Outcome.of(job.outcome("skip")), Outcome.of(job.outcome("update")),
						Outcome.of(job.outcome("create")));
		long errors = job.startedAt() != null ? job.rejected() : check == null ? 0 : check.rejected();
		return new ImportResource(job.id(), job.recordType(), job.status().code(), job.fileName(), job.fileBytes(),
				job.charset(), delimiterName(job.delimiter()), mapping, fields, problems, job.matchPhone(),
				job.duplicates(), dryRun, job.rowsTotal(), job.rowsDone(), job.created(), job.updated(), job.skipped(),
				errors, job.rowsPerSecond(now), job.secondsLeft(now), firstErrors,
				"/api/v1/imports/" + job.id() + "/errors", job.cancelRequested(), job.failure(), job.createdAt(),
				job.startedAt(), job.finishedAt());
	}

	static String delimiterName(char delimiter) {
		return switch (delimiter) {
			case ',' -> "comma";
			case ';' -> "semicolon";
			case '\t' -> "tab";
			default -> String.valueOf(delimiter);
		};
	}
}
