package dev.custodian.contact;

import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, deletes contacts whose subjects were erased: a data backup restored from before an erasure brings
 * their rows back (unreadable, since their keys are gone), and this removes them again.
 */
@Component
@Order(1)
class ErasureReplay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ErasureReplay.class);

	private final Contacts contacts;

	private final Vault vault;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	ErasureReplay(Contacts contacts, Vault vault, TransactionTemplate transactions, AuditLog audit) {
		this.contacts = contacts;
		this.vault = vault;
		this.transactions = transactions;
		this.audit = audit;
	}

	/**
	 * Each contact removed again is audited as an erasure by the system, in the same transaction as its removal.
	 */
	@Override
	public void run(ApplicationArguments args) {
		List<UUID> erased = vault.erasures();
		List<UUID> removed = transactions.execute(status -> {
			List<UUID> ids = contacts.deleteErased(erased);
			ids.forEach(id -> audit.record(AuditAction.DELETE, "contact", id, List.of(id), "ERASED"));
			return ids;
		});
		if (removed != null && !removed.isEmpty()) {
			log.warn("Removed {} contacts of erased subjects that had come back (a restored backup?)", removed.size());
		}
	}
}
