package dev.custodian.transfer;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.DbTime;
import dev.custodian.vault.SealedFiles;
import org.springframework.beans.factory.DisposableBean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs imports in the background, on any node: polls for a job that needs work (a dry run or a run) and nobody
 * works on, claims it ({@code FOR UPDATE SKIP LOCKED}), and works on it on a thread of its own, as the user who
 * started it. A node that stops mid-way (shut down, killed) leaves its claim to go stale; the next poll on any node
 * takes the job over and goes on from the last batch stored.
 */
@Component
class ImportWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);

	private final String node = "node-" + UUID.randomUUID();

	private final ImportJobs jobs;

	private final ImportWork work;

	private final UserManagement users;

	private final SealedFiles files;

	private final ImportSettings settings;

	private final TransactionTemplate transactions;

	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "import-worker");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean busy = new AtomicBoolean();

	ImportWorker(ImportJobs jobs, ImportWork work, UserManagement users, SealedFiles files, ImportSettings settings,
			TransactionTemplate transactions) {
		this.jobs = jobs;
		this.work = work;
		this.users = users;
		this.files = files;
		this.settings = settings;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${custodian.transfer.poll-interval:PT1S}",
			fixedDelayString = "${custodian.transfer.poll-interval:PT1S}")
	void poll() {
		expireUnstarted();
		if (!busy.compareAndSet(false, true)) {
			return;
		}
		Optional<UUID> claimed;
		try {
			Instant staleBefore = DbTime.now().minus(settings.staleAfter());
			claimed = transactions.execute(tx -> jobs.claim(node, staleBefore));
		}
		catch (RuntimeException ex) {
			busy.set(false);
			throw ex;
		}
		if (claimed == null || claimed.isEmpty()) {
			busy.set(false);
			return;
		}
		UUID id = claimed.get();
		executor.execute(() -> {
			try {
				runAsOwner(id);
			}
			finally {
				busy.set(false);
			}
		});
	}

	private void runAsOwner(UUID id) {
		ImportJob job = jobs.byId(id).orElse(null);
		if (job == null) {
			return;
		}
		Optional<Authentication> owner = users.actingAs(new UserId(job.createdBy()));
		if (owner.isEmpty()) {
			end(job, ImportStatus.FAILED, "The user who started the import can no longer sign in");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(owner.get());
		SecurityContextHolder.setContext(context);
		try {
			if (job.status() == ImportStatus.ANALYSING) {
				work.analyse(job, node);
			}
			else if (job.status() == ImportStatus.RUNNING) {
				work.run(job, node);
			}
		}
		catch (RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				return; // shutting down: the claim goes stale and another node (or this one, restarted) resumes
			}
			if (ex.getCause() instanceof java.nio.file.NoSuchFileException) {
				log.error("Import {} failed: its file is not in this node's transfer directory", id);
				end(job, ImportStatus.FAILED, "The uploaded file is not in this node's transfer directory: with "
						+ "several nodes, CUSTODIAN_TRANSFER_DIRECTORY must be storage they all share");
				return;
			}
			// the exception's message may quote a value of the file (a database error, say): only its type is kept
			log.error("Import {} failed: {}", id, ex.getClass().getName());
			end(job, ImportStatus.FAILED, "The import stopped on an unexpected error (" + ex.getClass().getSimpleName()
					+ "); what was stored before it stays");
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void end(ImportJob job, ImportStatus status, String reason) {
		transactions.executeWithoutResult(tx -> {
			jobs.finish(job.id(), status, reason);
			files.destroy(job.id(), settings.file(job.id()));
		});
	}

	/** Analysed imports nobody started in time are cancelled, and their files destroyed. */
	private void expireUnstarted() {
		for (UUID id : jobs.unstartedSince(DbTime.now().minus(settings.unstartedExpiry()))) {
			transactions.executeWithoutResult(tx -> jobs.locked(id)
				.filter(job -> job.status() == ImportStatus.READY)
				.ifPresent(job -> {
					jobs.finish(id, ImportStatus.CANCELLED, "Not started within " + settings.unstartedExpiry()
						.toDays() + " days: the file was destroyed");
					files.destroy(id, settings.file(id));
				}));
		}
	}

	/**
	 * Stops work in progress at the end of the current batch (or rolls that batch back if the wait runs out), so
	 * the job is resumed from there by the next node to poll, this one restarted included.
	 */
	@Override
	public void destroy() throws InterruptedException {
		executor.shutdownNow();
		executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
	}
}
