package dev.custodian.transfer.export;

import java.util.List;

import dev.custodian.shared.DbTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Destroys the files of expired exports, and their keys, so that no copy of them can be read again; the job's row
 * stays, marked expired, so its link answers 410 rather than 404. Any node may sweep: rows are locked, skipping
 * those another node holds.
 */
@Component
class ExportCleanup {

	private final ExportJobStore store;

	private final ExportFiles files;

	private final TransactionTemplate transactions;

	ExportCleanup(ExportJobStore store, ExportFiles files, TransactionTemplate transactions) {
		this.store = store;
		this.files = files;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${custodian.transfer.cleanup-interval:PT5M}")
	void sweepScheduled() {
		sweep();
	}

	/** Returns how many exports were destroyed. */
	int sweep() {
		int total = 0;
		int swept;
		do {
			Integer batch = transactions.execute(status -> {
				List<ExportJob> expired = store.expiredBefore(DbTime.now());
				for (ExportJob job : expired) {
					files.destroy(job.resultFile());
					files.destroy(job.filtersFile());
					store.markExpired(job.id());
				}
				return expired.size();
			});
			swept = batch == null ? 0 : batch;
			total += swept;
		}
		while (swept == 100);
		return total;
	}
}
