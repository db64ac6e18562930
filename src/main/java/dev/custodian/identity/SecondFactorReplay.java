package dev.custodian.identity;

import java.util.List;
import java.util.UUID;

import dev.custodian.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, removes second factors whose key the vault recorded as gone (a key store restored from an older
 * backup, whose loss an administrator accepted): their secrets can never be opened again, so those users enrol
 * afresh at their next sign-in instead of being locked out.
 */
@Component
@Order(1)
class SecondFactorReplay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SecondFactorReplay.class);

	private final SecondFactorStore store;

	private final Vault vault;

	private final TransactionTemplate transactions;

	SecondFactorReplay(SecondFactorStore store, Vault vault, TransactionTemplate transactions) {
		this.store = store;
		this.vault = vault;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<UUID> erased = vault.erasures();
		Integer removed = transactions.execute(status -> store.deleteAllOf(erased));
		if (removed != null && removed > 0) {
			log.warn("Removed {} second factors whose keys are gone; those users enrol again", removed);
		}
	}
}
