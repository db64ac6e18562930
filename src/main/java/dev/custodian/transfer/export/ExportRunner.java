package dev.custodian.transfer.export;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.ListExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs background exports: a poller on every node claims one waiting job at a time (row lock, skipping those other
 * nodes hold) and runs it on a thread of its own, so a long export never holds up the shared scheduler. The job
 * runs as the user who asked, so the list applies that user's permissions and audits as that user. Progress and a
 * heartbeat are written per batch; a job whose heartbeat went stale (its node died) is claimed again and starts
 * over, its half-written file destroyed.
 */
@Component
class ExportRunner implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

	private final ExportJobStore store;

	private final ExportFiles files;

	private final ExportJobs jobs;

	private final UserManagement users;

	private final TransactionTemplate transactions;

	private final Duration staleAfter;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "export-runner");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean busy = new AtomicBoolean();

	ExportRunner(ExportJobStore store, ExportFiles files, ExportJobs jobs, UserManagement users,
			TransactionTemplate transactions,
			@Value("${custodian.transfer.export-stale-after:PT2M}") Duration staleAfter) {
		this.store = store;
		this.files = files;
		this.jobs = jobs;
		this.users = users;
		this.transactions = transactions;
		this.staleAfter = staleAfter;
	}

	@Scheduled(fixedDelayString = "${custodian.transfer.poll-interval:PT2S}")
	void poll() {
		if (!busy.compareAndSet(false, true)) {
			return;
		}
		Instant now = DbTime.now();
		Optional<ExportJob> claimed = transactions.execute(status -> store.claim(now, now.minus(staleAfter)));
		if (claimed == null || claimed.isEmpty()) {
			busy.set(false);
			return;
		}
		worker.execute(() -> {
			try {
				run(claimed.get());
			}
			finally {
				busy.set(false);
			}
		});
	}

	/** Runs one claimed job to its end; package-private so a test can run one without waiting for the poller. */
	void run(ExportJob job) {
		Optional<CustodianPrincipal> principal = users.principalOf(new UserId(job.userId()));
		if (principal.isEmpty()) {
			fail(job, "its user is disabled");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
				principal.get().authorities()));
		SecurityContextHolder.setContext(context);
		AtomicLong done = new AtomicLong();
		try {
			Map<String, String[]> filters = files.readFilters(job.filtersFile());
			ListExport.Run run = jobs.listOf(job).start(filters, new ExportPurpose(job.purpose()));
			try (OutputStream out = files.createResult(job.resultFile())) {
				CsvTable.write(run, out, rows -> store.progress(job.id(), done.addAndGet(rows), DbTime.now()));
			}
			Instant now = DbTime.now();
			store.finish(job.id(), ExportJob.COMPLETED, done.get(), now, now.plus(jobs.expiry()));
			files.destroy(job.filtersFile());
		}
		catch (Exception ex) {
			// the type only: a message might quote a filter, and logs hold no personal data
			fail(job, ex.getClass().getSimpleName());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void fail(ExportJob job, String why) {
		log.warn("Export job {} failed: {}", job.id(), why);
		files.destroy(job.resultFile());
		files.destroy(job.filtersFile());
		Instant now = DbTime.now();
		store.finish(job.id(), ExportJob.FAILED, job.rowsDone(), now, now.plus(jobs.expiry()));
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}
}
