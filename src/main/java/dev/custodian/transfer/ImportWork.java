package dev.custodian.transfer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

import dev.custodian.transfer.RecordImporter.Effect;
import dev.custodian.transfer.RecordImporter.Stored;
import dev.custodian.transfer.csv.CsvFormat;
import dev.custodian.transfer.csv.CsvReader;
import dev.custodian.transfer.csv.CsvRow;
import dev.custodian.vault.SealedFiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The work of an import, in batches: the dry run reads every row and counts what it would do, storing nothing but
 * row errors; the run stores each batch in one transaction together with the job's counts, so after a crash the
 * job goes on from the first row not stored, and no row is stored twice or half.
 */
@Component
class ImportWork {

	private final ImportJobs jobs;

	private final Imports imports;

	private final SealedFiles files;

	private final ImportSettings settings;

	private final TransactionTemplate transactions;

	ImportWork(ImportJobs jobs, Imports imports, SealedFiles files, ImportSettings settings,
			TransactionTemplate transactions) {
		this.jobs = jobs;
		this.imports = imports;
		this.files = files;
		this.settings = settings;
		this.transactions = transactions;
	}

	/** The dry run. Gives up quietly when the job changes meanwhile (a new mapping restarts it; a cancel ends it). */
	void analyse(ImportJob job, String node) {
		RecordImporter importer = imports.importer(job.recordType()).orElseThrow();
		transactions.executeWithoutResult(tx -> jobs.deleteErrors(job.id(), "check"));
		SeenKeys keys = new SeenKeys();
		SeenKeys phones = new SeenKeys();
		long rows = 0;
		long fresh = 0;
		long existing = 0;
		long phoneOnly = 0;
		long rejected = 0;
		long listed = 0;
		try (CsvReader reader = open(job)) {
			reader.next(); // the header row
			List<CsvRow> batch = new ArrayList<>();
			CsvRow row;
			do {
				row = reader.next();
				if (row != null) {
					batch.add(row);
				}
				if (batch.size() == settings.batchRows() || (row == null && !batch.isEmpty())) {
					if (!jobs.holds(job.id(), node, job.version())) {
						return;
					}
					List<CsvRow> rowsOfBatch = batch;
					List<RecordImporter.Checked> checked = transactions.execute(
							tx -> importer.check(rowsOfBatch, job.mapping(), job.matchPhone(), job.charset()));
					List<ImportRowError> errors = new ArrayList<>();
					for (RecordImporter.Checked check : checked) {
						rows++;
						if (!check.errors().isEmpty()) {
							rejected++;
							errors.addAll(check.errors());
							continue;
						}
						boolean repeated = check.key() != null && !keys.add(check.key());
						boolean repeatedPhone = check.phoneKey() != null && !phones.add(check.phoneKey());
						if (repeated || (check.matched() && !check.byPhoneOnly())) {
							existing++;
						}
						else if (check.matched() || repeatedPhone) {
							phoneOnly++;
						}
						else {
							fresh++;
						}
					}
					listed += keep(job, "check", errors, listed);
					jobs.heartbeat(job.id(), node);
					batch = new ArrayList<>();
				}
			}
			while (row != null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		jobs.analysed(job.id(), job.version(), new ImportJob.DryRun(rows, fresh, existing, phoneOnly, rejected));
	}

	/**
	 * The run, from the first row not stored yet. Each batch is one transaction: the rows, their audit entries,
	 * their errors and the job's counts commit together. Stops after a batch when the job was cancelled, and when the
	 * thread is interrupted (the node is shutting down; another resumes the job).
	 */
	void run(ImportJob job, String node) {
		RecordImporter importer = imports.importer(job.recordType()).orElseThrow();
		long listed = jobs.countErrors(job.id(), "run");
		long stored = 0;
		long nextAnalysis = 1000;
		try (CsvReader reader = open(job)) {
			reader.next(); // the header row
			for (long skip = 0; skip < job.rowsDone(); skip++) {
				if (reader.next() == null) {
					break;
				}
			}
			List<CsvRow> batch = new ArrayList<>();
			CsvRow row;
			do {
				row = reader.next();
				if (row != null) {
					batch.add(row);
				}
				if (batch.size() == settings.batchRows() || (row == null && !batch.isEmpty())) {
					if (Thread.currentThread().isInterrupted()) {
						return;
					}
					Boolean goOn = storeBatch(job, node, importer, batch, listed);
					if (!Boolean.TRUE.equals(goOn)) {
						return;
					}
					stored += batch.size();
					if (stored >= nextAnalysis) {
						// the tables grew: plans made for them while small would scan them whole
						importer.refreshStatistics();
						nextAnalysis *= 2;
					}
					listed = jobs.countErrors(job.id(), "run");
					batch = new ArrayList<>();
				}
			}
			while (row != null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		transactions.executeWithoutResult(tx -> {
			ImportJob current = jobs.locked(job.id()).orElse(null);
			if (current != null && current.status() == ImportStatus.RUNNING
					&& jobs.holds(job.id(), node, current.version())) {
				jobs.finish(job.id(), current.cancelRequested() ? ImportStatus.CANCELLED : ImportStatus.COMPLETED,
						null);
				files.destroy(job.id(), settings.file(job.id()));
			}
		});
	}

	/** Stores one batch; false when the job must stop (cancelled, or taken over by another node). */
	private Boolean storeBatch(ImportJob job, String node, RecordImporter importer, List<CsvRow> batch,
			long listed) {
		return transactions.execute(tx -> {
			ImportJob current = jobs.locked(job.id()).orElse(null);
			if (current == null || current.status() != ImportStatus.RUNNING || !jobs.holds(job.id(), node,
					current.version())) {
				return false;
			}
			if (current.cancelRequested()) {
				jobs.finish(job.id(), ImportStatus.CANCELLED, null);
				files.destroy(job.id(), settings.file(job.id()));
				return false;
			}
			List<Stored> stored = importer.store(batch, job.mapping(), current.duplicates(), job.matchPhone(),
					job.id(), job.charset());
			long[] counts = new long[Effect.values().length];
			List<ImportRowError> errors = new ArrayList<>();
			for (Stored one : stored) {
				counts[one.effect().ordinal()]++;
				errors.addAll(one.errors());
			}
			keep(job, "run", errors, listed);
			jobs.progress(job.id(), batch.size(), counts[Effect.CREATED.ordinal()], counts[Effect.UPDATED.ordinal()],
					counts[Effect.SKIPPED.ordinal()], counts[Effect.REJECTED.ordinal()]);
			return true;
		});
	}

	/** Keeps errors up to the configured number per phase; returns how many it kept. */
	private long keep(ImportJob job, String phase, List<ImportRowError> errors, long listed) {
		long room = Math.max(0, settings.maxErrors() - listed);
		List<ImportRowError> kept = errors.size() > room ? errors.subList(0, (int) room) : errors;
		if (!kept.isEmpty()) {
			jobs.addErrors(job.id(), phase, kept);
		}
		return kept.size();
	}

	private CsvReader open(ImportJob job) throws IOException {
		return new CsvReader(files.open(job.id(), settings.file(job.id())),
				new CsvFormat(Charset.forName(job.charset()), job.delimiter(),
						Charset.forName(job.charset()).equals(java.nio.charset.StandardCharsets.UTF_8)), settings.maxCellChars(),
				ImportSettings.MAX_COLUMNS);
	}
}
