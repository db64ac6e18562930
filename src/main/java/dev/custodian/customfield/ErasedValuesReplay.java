package dev.custodian.customfield;

import java.util.List;

import dev.custodian.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, deletes the custom values of erased subjects that a data backup restored from before their erasure
 * brought back (sealed ones cannot be opened any more, since the keys are gone; values in the clear must go too).
 * The record modules' own replays remove and audit the records themselves.
 */
@Component
@Order(2)
class ErasedValuesReplay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ErasedValuesReplay.class);

	private final Values values;

	private final Vault vault;

	private final TransactionTemplate transactions;

	ErasedValuesReplay(Values values, Vault vault, TransactionTemplate transactions) {
		this.values = values;
		this.vault = vault;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<java.util.UUID> erased = vault.erasures();
		Integer removed = transactions.execute(status -> values.deleteSubjects(erased));
		if (removed != null && removed > 0) {
			log.warn("Removed {} custom field values of erased subjects that had come back (a restored backup?)",
					removed);
		}
	}
}
