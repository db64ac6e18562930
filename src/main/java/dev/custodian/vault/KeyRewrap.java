package dev.custodian.vault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-wraps data keys under the current master key after a rotation, in batches of committed work: a crash
 * loses at most one batch, which the next run redoes. Any number of nodes may run it at once (rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}).
 */
@Component
class KeyRewrap {

	private static final Logger log = LoggerFactory.getLogger(KeyRewrap.class);

	private static final int BATCH = 500;

	private final KeyStore store;

	private final MasterKeys masterKeys;

	private final TransactionTemplate transactions;

	KeyRewrap(KeyStore store, MasterKeys masterKeys, TransactionTemplate transactions) {
		this.store = store;
		this.masterKeys = masterKeys;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${custodian.vault.rewrap-interval:PT10S}",
			fixedDelayString = "${custodian.vault.rewrap-interval:PT10S}")
	void scheduled() {
		rewrapAll();
	}

	/** Re-wraps until no key is left under a previous master key; returns how many were re-wrapped. */
	long rewrapAll() {
		if (store.countWrappedWithOtherThan(masterKeys.current().id()) == 0) {
			return 0;
		}
		long total = 0;
		java.util.UUID after = null;
		KeyStore.Progress progress;
		do {
			java.util.UUID from = after;
			progress = transactions.execute(status -> store.rewrapBatch(BATCH, from));
			if (progress == null) {
				break;
			}
			total += progress.rewrapped();
			progress.failed()
				.forEach(subject -> log.error("The data key of subject {} does not open with any master key held; "
						+ "it was left as it is", subject));
			after = progress.last();
		}
		while (progress.claimed() == BATCH);
		log.info("Re-wrapped {} data keys under master key {}", total, masterKeys.current().id());
		return total;
	}
}
