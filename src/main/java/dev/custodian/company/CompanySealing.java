package dev.custodian.company;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.custodian.shared.PostalAddress;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the contact details of companies stored before they were sealed: migration V16 moved their clear values to
 * {@code company_unsealed_values}, and only the running application can seal them (the keys are wrapped by a
 * master key the database never holds). Runs shortly after start and then now and again, in committed batches:
 * each company gets its data key, its values are sealed and its clear copy is deleted in one transaction, so a
 * crash loses at most one batch, which the next run redoes, and no company is sealed twice. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED} on the company's row (the lock every change of a company takes first), so several
 * nodes share the work and none waits on a company being edited. Until a company is done, it is read from its
 * clear copy.
 */
@Component
class CompanySealing {

	private static final Logger log = LoggerFactory.getLogger(CompanySealing.class);

	private static final int BATCH = 200;

	private final JdbcClient jdbc;

	private final Vault vault;

	private final TransactionTemplate transactions;

	CompanySealing(JdbcClient jdbc, Vault vault, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.vault = vault;
		this.transactions = transactions;
	}

	@Scheduled(initialDelayString = "${custodian.company.sealing-interval:PT5S}",
			fixedDelayString = "${custodian.company.sealing-interval:PT5S}")
	void scheduled() {
		catchUp();
	}

	/** Seals until no company is left in the clear; returns how many were sealed. */
	long catchUp() {
		long total = 0;
		Integer done;
		do {
			done = transactions.execute(status -> sealBatch(BATCH));
			total += done == null ? 0 : done;
		}
		while (done != null && done == BATCH);
		if (total > 0) {
			log.info("Sealed the contact details of {} companies stored before sealing", total);
		}
		return total;
	}

	/** Seals up to {@code batch} companies, in the caller's transaction; returns how many. */
	int sealBatch(int batch) {
		List<UUID> claimed = jdbc.sql("select c.id from companies c where exists (select 1 from "
				+ "company_unsealed_values u where u.company_id = c.id) order by c.id limit ? for update skip locked")
			.param(batch)
			.query(UUID.class)
			.list();
		if (claimed.isEmpty()) {
			return 0;
		}
		Map<UUID, Clear> clear = jdbc.sql("select company_id, phone, street, city, postal_code, country from "
				+ "company_unsealed_values where company_id in (:ids)")
			.param("ids", claimed)
			.query((rs, n) -> new Clear(rs.getObject("company_id", UUID.class), rs.getString("phone"),
					new PostalAddress(rs.getString("street"), rs.getString("city"), rs.getString("postal_code"),
							rs.getString("country"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Clear::company, c -> c));
		for (UUID id : claimed) {
			Clear values = clear.get(id);
			KeyRing ring = vault.newSubject(id);
			jdbc.sql("update companies set phone = ?, street = ?, city = ?, postal_code = ?, country = ? where id = ?")
				.params(SealedCompanyRow.seal(ring, id, "phone", values.phone()),
						SealedCompanyRow.seal(ring, id, "street", values.address().street()),
						SealedCompanyRow.seal(ring, id, "city", values.address().city()),
						SealedCompanyRow.seal(ring, id, "postal_code", values.address().postalCode()),
						SealedCompanyRow.seal(ring, id, "country", values.address().country()), id)
				.update();
		}
		jdbc.sql("delete from company_unsealed_values where company_id in (:ids)").param("ids", claimed).update();
		return claimed.size();
	}

	private record Clear(UUID company, @Nullable String phone, PostalAddress address) {
	}
}
