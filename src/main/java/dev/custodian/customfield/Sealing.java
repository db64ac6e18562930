package dev.custodian.customfield;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the values a field held in the clear before it was declared personal: in committed batches, each claiming
 * rows with {@code FOR UPDATE SKIP LOCKED}, so several nodes share the work, a crash loses at most one batch (the
 * values themselves show what is left) and nothing is sealed twice. Progress is kept in the job's row. Until a
 * value is sealed it reads as before; new values of the field are sealed when stored.
 */
@Component
class Sealing {

	static final int BATCH = 200;

	private static final Logger log = LoggerFactory.getLogger(Sealing.class);

	private final SealingJobs jobs;

	private final Definitions definitions;

	private final Values values;

	private final Vault vault;

	private final TransactionTemplate transactions;

	Sealing(SealingJobs jobs, Definitions definitions, Values values, Vault vault, TransactionTemplate transactions) {
		this.jobs = jobs;
		this.definitions = definitions;
		this.values = values;
		this.vault = vault;
		this.transactions = transactions;
	}

	/** Starts sealing the field's values in the clear, in the caller's transaction (the field's change). */
	void start(CustomField field) {
		jobs.start(field.id(), values.countUnsealed(field.id()));
	}

	@Scheduled(initialDelayString = "${custodian.customfield.seal-interval:PT2S}",
			fixedDelayString = "${custodian.customfield.seal-interval:PT2S}")
	void scheduled() {
		runPending();
	}

	/** Works through every open job until no value is left to seal; returns how many values it sealed. */
	long runPending() {
		long total = 0;
		for (SealingJobs.Job job : jobs.open()) {
			Integer sealed;
			do {
				sealed = transactions.execute(status -> sealBatch(job));
				total += sealed == null ? 0 : sealed;
			}
			while (sealed != null && sealed == BATCH);
			transactions.executeWithoutResult(status -> {
				if (values.countUnsealed(job.fieldId()) == 0) {
					jobs.finish(job.id());
				}
			});
		}
		if (total > 0) {
			log.info("Sealed {} custom field values of fields declared personal", total);
		}
		return total;
	}

	private int sealBatch(SealingJobs.Job job) {
		CustomField field = definitions.byId(job.fieldId()).orElse(null);
		if (field == null || !field.personal()) {
			return 0;
		}
		List<ValueRow> rows = values.claimUnsealed(field.id(), BATCH);
		if (rows.isEmpty()) {
			return 0;
		}
		KeyRing known = vault.ring(rows.stream().map(ValueRow::subject).distinct().toList());
		Map<UUID, KeyRing> rings = new HashMap<>();
		for (ValueRow row : rows) {
			// a record that never had a sealed value (a company, say) gets its key now
			KeyRing ring = known.holds(row.subject()) ? known
					: rings.computeIfAbsent(row.subject(), vault::ensureSubject);
			Object value = ValueCodec.decode(field, row, null);
			values.rewrite(ValueCodec.encode(field, row.recordId(), row.subject(), value, ring));
		}
		jobs.addDone(job.id(), rows.size());
		return rows.size();
	}
}
