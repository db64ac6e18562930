package dev.custodian.transfer.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.GoneException;
import dev.custodian.shared.Ids;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListExport;
import dev.custodian.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports too large to stream in one request ({@code custodian.transfer.export-background-above} rows, 10,000 by
 * default): asked for here, prepared by {@link ExportRunner} on whichever node claims them, and downloaded by the
 * user who asked (or an administrator) until they expire ({@code custodian.transfer.export-expiry}, a day by
 * default), when {@link ExportCleanup} destroys the file and its key.
 */
@Service
public class ExportJobs {

	private final ExportJobStore store;

	private final ExportFiles files;

	private final ListExports exports;

	private final long backgroundAbove;

	private final Duration expiry;

	ExportJobs(ExportJobStore store, ExportFiles files, ListExports exports,
			@Value("${custodian.transfer.export-background-above:10000}") long backgroundAbove,
			@Value("${custodian.transfer.export-expiry:PT24H}") Duration expiry) {
		this.store = store;
		this.files = files;
		this.exports = exports;
		this.backgroundAbove = backgroundAbove;
		this.expiry = expiry;
	}

	/** Whether a list of this count is exported in the background rather than streamed at once. */
	public boolean inBackground(ListCount count) {
		return !count.exact() || count.value() > backgroundAbove;
	}

	/**
	 * Queues an export of the list for the signed-in user, who must be allowed to export its records now (the job
	 * runs with the user's role's permissions, checked again by the list).
	 * @throws AccessDeniedException without {@code <type>:read} and {@code <type>:export}
	 */
	@Transactional
	public ExportJob start(ListExport list, Map<String, String[]> filters, ExportPurpose purpose, ListCount count) {
		CustodianPrincipal me = caller().orElseThrow(() -> new AccessDeniedException("Only users export lists"));
		if (!me.can(list.recordType() + ":read") || !me.can(list.recordType() + ":export")) {
			throw new AccessDeniedException("Exporting " + list.collection() + " is not granted");
		}
		Instant now = DbTime.now();
		ExportJob job = new ExportJob(Ids.newId(), me.userId(), list.collection(), purpose.text(), ExportJob.QUEUED,
				count.value(), 0, now, null, now.plus(expiry), Ids.newId(), Ids.newId());
		try {
			files.writeFilters(job.filtersFile(), filters);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the export's filters", ex);
		}
		store.insert(job);
		return job;
	}

	/**
	 * The job, for the user who asked or an administrator.
	 * @throws NotFoundException for anyone else, as for an unknown id
	 */
	@Transactional(readOnly = true)
	public ExportJob get(UUID id) {
		CustodianPrincipal me = caller().orElseThrow(() -> new NotFoundException("export", id));
		return store.byId(id)
			.filter(job -> job.userId().equals(me.userId()) || me.can(Permission.USER_ADMIN))
			.orElseThrow(() -> new NotFoundException("export", id));
	}

	/**
	 * Opens the prepared file of a completed job the caller may see.
	 * @throws NotFoundException as {@link #get}
	 * @throws GoneException when it expired (the file and its key are destroyed)
	 * @throws IllegalStateException when it is not completed yet
	 */
	public InputStream download(ExportJob job) throws IOException {
		if (job.expired(DbTime.now())) {
			throw new GoneException("The export expired: its file was destroyed");
		}
		if (!ExportJob.COMPLETED.equals(job.status())) {
			throw new IllegalStateException("The export is not ready");
		}
		return files.open(job.resultFile());
	}

	/** The list a job exports. */
	ListExport listOf(ExportJob job) {
		return exports.of(job.collection());
	}

	Duration expiry() {
		return expiry;
	}

	private static Optional<CustodianPrincipal> caller() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? Optional.of(principal) : Optional.empty();
	}
}
