package dev.custodian.ticket;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.DbTime;
import dev.custodian.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, tombstones again the tickets of erased requesters: a data backup restored from before an erasure brings
 * their words back (unreadable, since their keys are gone), and this removes them again.
 */
@Component
@Order(2)
class TicketErasureReplay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(TicketErasureReplay.class);

	private final TicketSubjects tickets;

	private final Vault vault;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	TicketErasureReplay(TicketSubjects tickets, Vault vault, TransactionTemplate transactions, AuditLog audit) {
		this.tickets = tickets;
		this.vault = vault;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** Each ticket tombstoned again is audited as an erasure by the system, in the same transaction. */
	@Override
	public void run(ApplicationArguments args) {
		Integer replayed = transactions.execute(status -> {
			Set<UUID> erased = new HashSet<>(vault.erasures());
			int count = 0;
			for (UUID subject : tickets.withWords()) {
				if (erased.contains(subject)) {
					List<UUID> ids = tickets.tombstone(subject, DbTime.now());
					ids.forEach(id -> audit.record(AuditAction.DELETE, TicketManagement.RECORD_TYPE, id,
							List.of(subject), "ERASED"));
					count += ids.size();
				}
			}
			return count;
		});
		if (replayed != null && replayed > 0) {
			log.warn("Tombstoned again {} tickets of erased requesters that had come back (a restored backup?)",
					replayed);
		}
	}
}
