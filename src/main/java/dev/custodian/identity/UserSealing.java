package dev.custodian.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the names of users stored before names were sealed: a migration cannot do it, since the data keys are
 * wrapped by a master key only the running application holds. Runs at start, in committed batches claimed with
 * {@code FOR UPDATE SKIP LOCKED}: a crash loses at most one batch, which the next start redoes, and several nodes
 * share the work. Until a user is done, their names are read (and found at sign-in) as stored.
 */
@Component
@Order(1)
class UserSealing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(UserSealing.class);

	static final int BATCH = 100;

	private final Users users;

	private final TransactionTemplate transactions;

	UserSealing(Users users, TransactionTemplate transactions) {
		this.users = users;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		sealAll();
	}

	/** Seals batch after batch until no user is left unsealed; returns how many were sealed. */
	long sealAll() {
		long total = 0;
		Integer done;
		do {
			done = transactions.execute(status -> users.sealUnsealed(BATCH));
			total += done == null ? 0 : done;
		}
		while (done != null && done == BATCH);
		if (total > 0) {
			log.info("Sealed the names of {} users stored before names were sealed", total);
		}
		return total;
	}
}
