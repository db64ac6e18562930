package dev.custodian.task;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, deletes the tasks of subjects whose key is gone and whose erasure or deletion is journalled: tasks about a
 * contact that was deleted or erased after the data backup now restored (or deleted while its tasks stayed: a
 * deleted contact's key is destroyed, so its tasks can no longer be opened and are left out of every list until
 * then).
 */
@Component
@Order(2)
class TaskErasureReplay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TaskErasureReplay.class);

	private final Tasks tasks;

	private final dev.custodian.vault.Vault vault;

	private final TransactionTemplate transactions;

	TaskErasureReplay(Tasks tasks, dev.custodian.vault.Vault vault, TransactionTemplate transactions) {
		this.tasks = tasks;
		this.vault = vault;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<UUID> erased = vault.erasures();
		Integer removed = transactions.execute(status -> tasks.deleteSubjects(erased));
		if (removed != null && removed > 0) {
			log.warn("Removed {} tasks of erased or deleted subjects", removed);
		}
	}
}
