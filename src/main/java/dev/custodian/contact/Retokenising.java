package dev.custodian.contact;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings the search tokens of existing contacts up to the way names fold now ({@link SearchTokens#VERSION}): a
 * migration cannot do it, since tokens are HMACs under a key only the running application holds. Runs shortly
 * after start and then now and again, in committed batches: each contact records the version of its tokens, so a
 * crash loses at most one batch, which the next run redoes, and several nodes share the work (rows are claimed
 * with {@code FOR UPDATE SKIP LOCKED}). Until a contact is done, its old tokens still find it as before.
 */
@Component
class Retokenising {

	private static final Logger log = LoggerFactory.getLogger(Retokenising.class);

	private static final int BATCH = 200;

	private final Contacts contacts;

	private final TransactionTemplate transactions;

	Retokenising(Contacts contacts, TransactionTemplate transactions) {
		this.contacts = contacts;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${custodian.search.retokenise-interval:PT5S}",
			fixedDelayString = "${custodian.search.retokenise-interval:PT5S}")
	void scheduled() {
		catchUp();
	}

	/** Re-tokenises until no contact is left with older tokens; returns how many were done. */
	long catchUp() {
		long total = 0;
		Integer done;
		do {
			done = transactions.execute(status -> contacts.retokenise(BATCH));
			total += done == null ? 0 : done;
		}
		while (done != null && done == BATCH);
		if (total > 0) {
			log.info("Re-computed the search tokens of {} contacts", total);
		}
		return total;
	}
}
