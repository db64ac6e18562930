package dev.custodian.deal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the name prefixes of deals that have none, or older ones ({@link DealNameWords#VERSION}): the deals an
 * installation had before deals were searched by the start of their words. Runs shortly after start and then now
 * and again, in committed batches: each deal records the version of its prefixes, so a crash loses at most one
 * batch, which the next run redoes, and several nodes share the work (rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}). New and renamed deals are written with the current version directly.
 */
@Component
class DealNameIndexing {

	private static final Logger log = LoggerFactory.getLogger(DealNameIndexing.class);

	private static final int BATCH = 500;

	private final DealNamePrefixes prefixes;

	private final TransactionTemplate transactions;

	DealNameIndexing(DealNamePrefixes prefixes, TransactionTemplate transactions) {
		this.prefixes = prefixes;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${custodian.deal.name-index-interval:PT5S}",
			fixedDelayString = "${custodian.deal.name-index-interval:PT5S}")
	void scheduled() {
		catchUp();
	}

	/** Indexes until no deal is left with older prefixes; returns how many were done. */
	long catchUp() {
		long total = 0;
		Integer done;
		do {
			done = transactions.execute(status -> prefixes.catchUp(BATCH));
			total += done == null ? 0 : done;
			if (done != null && done > 0) {
				log.debug("Indexed the names of {} deals so far", total);
			}
		}
		while (done != null && done == BATCH);
		if (total > 0) {
			log.info("Indexed the names of {} deals by the start of their words", total);
		}
		return total;
	}
}
