package dev.custodian.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.Cursor;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.Violations;
import dev.custodian.transfer.csv.ColumnMatch;
import dev.custodian.transfer.csv.CsvFormat;
import dev.custodian.transfer.csv.CsvReader;
import dev.custodian.transfer.csv.CsvRow;
import dev.custodian.transfer.csv.CsvSniffer;
import dev.custodian.transfer.csv.NotCsvException;
import dev.custodian.vault.SealedFiles;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports of CSV files: upload (the file is sealed on disk as it arrives, its format detected and its columns
 * matched to fields), the mapping, the dry run's findings, start and cancel. The work itself runs in the
 * background ({@link ImportWorker}). A user sees and steers their own imports; an administrator sees everyone's.
 */
@Service
public class Imports {

	/** The record types a file may hold. */
	public static final List<String> RECORD_TYPES = List.of("contact", "company", "deal");

	private final ImportJobs jobs;

	private final SealedFiles files;

	private final CustomFields customFields;

	private final ImportSettings settings;

	private final Map<String, RecordImporter> importers = new LinkedHashMap<>();

	Imports(ImportJobs jobs, SealedFiles files, CustomFields customFields, ImportSettings settings,
			List<RecordImporter> importers) {
		this.jobs = jobs;
		this.files = files;
		this.customFields = customFields;
		this.settings = settings;
		importers.forEach(importer -> this.importers.put(importer.recordType(), importer));
	}

	/**
	 * Takes a file: seals it to disk as it streams in, detects its encoding and separator (unless given), reads
	 * its header row and proposes a mapping; the dry run follows in the background.
	 * @throws InvalidInputException naming {@code file} when it is empty, not text or has no header row, and
	 * {@code recordType}, {@code charset} or {@code delimiter} when those are not understood
	 */
	@PreAuthorize("isAuthenticated()")
	public ImportJob upload(@Nullable String recordType, String fileName, InputStream content,
			@Nullable String charset, @Nullable String delimiter) {
		Violations violations = new Violations();
		String type = recordType == null || recordType.isBlank() ? "contact" : recordType.strip();
		RecordImporter importer = importers.get(type);
		if (importer == null) {
			violations.add("recordType", "must be one of " + String.join(", ", RECORD_TYPES));
		}
		Charset chosenCharset = violations.collect(() -> ImportFormats.charset(charset), null);
		Character chosenDelimiter = violations.collect(() -> ImportFormats.delimiter(delimiter), null);
		violations.throwIfAny();
		requirePermission(importer);
		UUID id = Ids.newId();
		Path path = settings.file(id);
		try {
			long bytes;
			byte[] sample;
			try (OutputStream out = files.create(id, path)) {
				Sampled sampled = Sampled.copy(content, out, CsvSniffer.SAMPLE_BYTES);
				bytes = sampled.bytes();
				sample = sampled.sample();
			}
			CsvFormat format = CsvSniffer.sniff(sample, bytes, chosenCharset, chosenDelimiter);
			List<String> headers = headers(id, path, format);
			List<@Nullable String> targets = ColumnMatch.propose(type, headers, customFieldNames(type));
			ImportJob job = new ImportJob(id, type, ImportStatus.ANALYSING, ImportFormats.fileName(fileName), bytes,
					format.charset().name(), format.delimiter(), new ImportMapping(headers, targets), false, null,
					null, 0, 0, 0, 0, 0, currentUser(), DbTime.now(), null, null, null, null, 0, false, null, 0);
			jobs.insert(job);
			return job;
		}
		catch (NotCsvException ex) {
			files.destroy(id, path);
			throw InvalidInputException.of("file", ex.getMessage());
		}
		catch (IOException | RuntimeException ex) {
			files.destroy(id, path);
			if (ex instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new java.io.UncheckedIOException("The upload could not be stored", (IOException) ex);
		}
	}

	private List<String> headers(UUID id, Path path, CsvFormat format) throws IOException, NotCsvException {
		try (CsvReader reader = new CsvReader(files.open(id, path), format, settings.maxCellChars(),
				ImportSettings.MAX_COLUMNS)) {
			CsvRow header = reader.next();
			if (header == null) {
				throw new NotCsvException(NotCsvException.Reason.NO_HEADER,
						"The file has no header row: the first row must name the columns");
			}
			List<String> names = new ArrayList<>();
			for (int i = 0; i < header.cells().size(); i++) {
				String name = header.cells().get(i).strip();
				names.add(name.isEmpty() ? "Column " + (i + 1) : name);
			}
			return names;
		}
	}

	/** The job, if the caller may see it (their own, or anyone's for an administrator). */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public ImportJob get(UUID id) {
		return jobs.byId(id).filter(Imports::visible).orElseThrow(() -> new NotFoundException("import", id));
	}

	/** One page of the caller's imports (everyone's for an administrator), newest first. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public KeysetPage<ImportJob> list(PageRequest page) {
		UUID after = null;
		if (page.cursor() != null) {
			after = Ids.parseOrNull(page.cursor().value(0));
			if (after == null) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
		}
		List<ImportJob> found = jobs.page(isAdmin() ? null : currentUser(), after, page.limit() + 1);
		List<ImportJob> items = found.stream().limit(page.limit()).toList();
		return new KeysetPage<>(items, found.size() > page.limit()
				? Cursor.of(items.get(items.size() - 1).id().toString()).encode() : null);
	}

	/**
	 * Changes which field each column goes to and whether rows also match stored contacts by phone; the dry run
	 * starts again.
	 * @throws InvalidInputException naming {@code mapping} for a list of the wrong length, an unknown field, or a
	 * field given to two columns
	 * @throws ConflictException when the import has started or ended
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public ImportJob remap(UUID id, List<@Nullable String> targets, boolean matchPhone) {
		ImportJob job = lockedVisible(id);
		if (job.status() != ImportStatus.ANALYSING && job.status() != ImportStatus.READY) {
			throw new ConflictException("The import has " + (job.status().finished() ? "ended" : "started")
					+ ": its mapping can no longer change", Map.of("status", job.status().code()));
		}
		ImportMapping mapping = checkedMapping(job, targets);
		jobs.remap(id, mapping, matchPhone);
		return jobs.byId(id).orElseThrow();
	}

	private ImportMapping checkedMapping(ImportJob job, List<@Nullable String> targets) {
		Violations violations = new Violations();
		if (targets.size() != job.mapping().headers().size()) {
			violations.add("mapping", "must give one field (or none) for each of the file's "
					+ job.mapping().headers().size() + " columns");
			violations.throwIfAny();
		}
		List<String> known = targets(job.recordType());
		List<@Nullable String> clean = new ArrayList<>();
		for (int i = 0; i < targets.size(); i++) {
			String target = targets.get(i) == null || targets.get(i).isBlank() ? null : targets.get(i).strip();
			if (target != null && !known.contains(target)) {
				violations.add("mapping[" + i + "]", "is not a field of a " + job.recordType() + ": use one of "
						+ String.join(", ", known));
			}
			else if (target != null && clean.contains(target)) {
				violations.add("mapping[" + i + "]", "goes to " + target + ", which another column fills already");
			}
			clean.add(target);
		}
		violations.throwIfAny();
		return new ImportMapping(job.mapping().headers(), clean);
	}

	/**
	 * Saves the import's mapping for reuse under a name (replacing a mapping of that name for the record type):
	 * every column's field, ignored columns included, by the column's name.
	 * @throws InvalidInputException naming {@code name} when it is blank or longer than 100 characters
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public SavedMapping saveMapping(UUID id, @Nullable String name) {
		ImportJob job = get(id);
		String clean = name == null ? "" : name.strip().replaceAll("\\p{Cntrl}", "");
		if (clean.isEmpty() || clean.length() > 100) {
			throw InvalidInputException.of("name", "must be 1 to 100 characters");
		}
		Map<String, String> columns = new LinkedHashMap<>();
		for (ImportMapping.Column column : job.columns()) {
			columns.putIfAbsent(SavedMapping.normalise(column.name()), column.target() == null ? "" : column.target());
		}
		SavedMapping saved = new SavedMapping(Ids.newId(), job.recordType(), clean, columns);
		jobs.saveMapping(saved, currentUser());
		return saved;
	}

	/** The saved mappings of a record type, by name. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<SavedMapping> savedMappings(String recordType) {
		return jobs.savedMappings(recordType);
	}

	/**
	 * Applies a saved mapping to the import's columns (those it knows; the others keep their field).
	 * @throws InvalidInputException naming {@code savedMapping} when it names no saved mapping of the type
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public ImportJob applySaved(UUID id, UUID savedMapping) {
		ImportJob job = get(id);
		SavedMapping saved = jobs.savedMappings(job.recordType())
			.stream()
			.filter(mapping -> mapping.id().equals(savedMapping))
			.findFirst()
			.orElseThrow(() -> InvalidInputException.of("savedMapping", "names no saved mapping of "
					+ job.recordType() + " imports"));
		List<String> known = targets(job.recordType());
		List<@Nullable String> targets = saved.applyTo(job.mapping());
		targets.replaceAll(target -> target != null && known.contains(target) ? target : null);
		List<@Nullable String> deduplicated = new ArrayList<>();
		for (String target : targets) {
			deduplicated.add(target != null && deduplicated.contains(target) ? null : target);
		}
		return remap(id, deduplicated, job.matchPhone());
	}

	/**
	 * Starts the import once its dry run is done.
	 * @param duplicates {@code skip}, {@code update} or {@code create}
	 * @throws InvalidInputException naming {@code duplicates}, or {@code mapping} when no column gives what a
	 * record needs
	 * @throws ConflictException when the dry run is still going, or the import started or ended
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public ImportJob start(UUID id, @Nullable String duplicates) {
		ImportJob job = lockedVisible(id);
		Violations violations = new Violations();
		if (duplicates == null || !List.of("skip", "update", "create").contains(duplicates)) {
			violations.add("duplicates", "must be skip, update or create");
		}
		mappingProblems(job).forEach(problem -> violations.add("mapping", problem));
		violations.throwIfAny();
		if (job.status() != ImportStatus.READY) {
			throw new ConflictException(job.status() == ImportStatus.ANALYSING
					? "The dry run is not finished yet: start the import once it is"
					: "The import has " + (job.status().finished() ? "ended" : "started") + " already",
					Map.of("status", job.status().code()));
		}
		requirePermission(importers.get(job.recordType()));
		jobs.start(id, duplicates);
		return jobs.byId(id).orElseThrow();
	}

	/**
	 * Cancels the import: one not started ends at once; a running one stops after its current batch, keeping the
	 * rows stored so far (the job says how many). Cancelling an ended import changes nothing.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public ImportJob cancel(UUID id) {
		ImportJob job = lockedVisible(id);
		if (job.status() == ImportStatus.ANALYSING || job.status() == ImportStatus.READY) {
			jobs.finish(id, ImportStatus.CANCELLED, null);
			files.destroy(id, settings.file(id));
		}
		else if (job.status() == ImportStatus.RUNNING) {
			jobs.requestCancel(id);
		}
		return jobs.byId(id).orElseThrow();
	}

	/** What the mapping lacks for rows to be stored; empty when nothing. */
	public List<String> mappingProblems(ImportJob job) {
		return importers.get(job.recordType()).mappingProblems(job.mapping());
	}

	/**
	 * The fields a column of a file of this type may go to: the standard ones, then the custom fields the caller
	 * may fill ({@code cf.<key>}).
	 */
	@Transactional(readOnly = true)
	public List<String> targets(String recordType) {
		List<String> targets = new ArrayList<>(importers.get(recordType).targets());
		customFields.fieldsOf(recordType).forEach(field -> targets.add("cf." + field.key()));
		return targets;
	}

	/** The labels of the caller's custom fields by target ({@code cf.<key>}), for the mapping screen. */
	@Transactional(readOnly = true)
	public Map<String, String> customFieldLabels(String recordType) {
		Map<String, String> labels = new LinkedHashMap<>();
		customFields.fieldsOf(recordType).forEach(field -> labels.put("cf." + field.key(), field.label()));
		return labels;
	}

	/**
	 * The job's row errors (of the run once it started, else of the dry run), in line order, after a line: whole
	 * lines only, so the next page starts after the last line given (a line has fewer errors than columns, far
	 * fewer than a page).
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<ImportRowError> errors(UUID id, long afterLine, int limit) {
		ImportJob job = get(id);
		List<ImportRowError> page = new ArrayList<>(jobs.errors(id, phase(job), afterLine, limit));
		if (page.size() == limit && page.get(0).line() != page.get(page.size() - 1).line()) {
			long last = page.get(page.size() - 1).line();
			page.removeIf(error -> error.line() == last);
		}
		return page;
	}

	/** How many row errors are listed (at most the configured number per phase; all rows are counted). */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long listedErrors(UUID id) {
		ImportJob job = get(id);
		return jobs.countErrors(id, phase(job));
	}

	static String phase(ImportJob job) {
		return job.startedAt() == null ? "check" : "run";
	}

	private Map<String, String> customFieldNames(String recordType) {
		Map<String, String> names = new LinkedHashMap<>();
		for (CustomField field : customFields.fieldsOf(recordType)) {
			names.put(field.label(), "cf." + field.key());
			names.put(field.key(), "cf." + field.key());
		}
		return names;
	}

	private ImportJob lockedVisible(UUID id) {
		return jobs.locked(id).filter(Imports::visible).orElseThrow(() -> new NotFoundException("import", id));
	}

	private static void requirePermission(RecordImporter importer) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication.getAuthorities()
			.stream()
			.noneMatch(a -> a.getAuthority().equals(importer.permission()))) {
			throw new AccessDeniedException("Importing needs " + importer.permission());
		}
	}

	private static boolean visible(ImportJob job) {
		return isAdmin() || job.createdBy().equals(currentUser());
	}

	private static boolean isAdmin() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null
				&& authentication.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("user:admin"));
	}

	static UUID currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal) {
			return principal.id().value();
		}
		throw new AccessDeniedException("Imports are made by signed-in users");
	}

	/** What streamed through: its length and its first bytes (for detecting the format). */
	record Sampled(long bytes, byte[] sample) {

		static Sampled copy(InputStream in, OutputStream out, int sampleBytes) throws IOException {
			byte[] buffer = new byte[64 * 1024];
			java.io.ByteArrayOutputStream sample = new java.io.ByteArrayOutputStream();
			long total = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				out.write(buffer, 0, n);
				if (sample.size() < sampleBytes) {
					sample.write(buffer, 0, Math.min(n, sampleBytes - sample.size()));
				}
				total += n;
			}
			return new Sampled(total, sample.toByteArray());
		}
	}

	Optional<RecordImporter> importer(String recordType) {
		return Optional.ofNullable(importers.get(recordType));
	}
}
