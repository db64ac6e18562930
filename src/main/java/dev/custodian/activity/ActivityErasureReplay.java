package dev.custodian.activity;

import java.util.ArrayList;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On start, removes erased people from activities again: a data backup restored from before an erasure brings their
 * copies, their taking part and the links to them back (the copies unreadable, since their keys are gone).
 */
@Component
@Order(1)
class ActivityErasureReplay implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ActivityErasureReplay.class);

	private static final int BATCH = 500;

	private final ActivityStore store;

	private final JdbcClient jdbc;

	private final Vault vault;

	private final TransactionTemplate transactions;

	private final AuditLog audit;

	ActivityErasureReplay(ActivityStore store, JdbcClient jdbc, Vault vault, TransactionTemplate transactions,
			AuditLog audit) {
		this.store = store;
		this.jdbc = jdbc;
		this.vault = vault;
		this.transactions = transactions;
		this.audit = audit;
	}

	/** Each person removed again is audited as an erasure by the system, in the transaction that removes them. */
	@Override
	public void run(ApplicationArguments args) {
		List<UUID> erased = vault.erasures();
		List<UUID> back = new ArrayList<>();
		for (int from = 0; from < erased.size(); from += BATCH) {
			List<UUID> batch = erased.subList(from, Math.min(from + BATCH, erased.size()));
			back.addAll(jdbc.sql("select subject_id from activity_copies where subject_id in (:ids) union "
					+ "select subject_id from activity_people where subject_id in (:ids) union "
					+ "select record_id from activity_links where kind = 'contact' and record_id in (:ids)")
				.param("ids", batch).query(UUID.class).list());
		}
		for (UUID subject : back) {
			transactions.executeWithoutResult(status -> {
				store.erase(subject);
				audit.record(AuditAction.DELETE, Activities.RECORD_TYPE, null, List.of(subject), "ERASED");
			});
		}
		if (!back.isEmpty()) {
			log.warn("Removed {} erased people from activities they had come back to (a restored backup?)",
					back.size());
		}
	}
}
