package dev.custodian.audit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit module with the vault that keys it: entries are written, sealed into a chain, and any removal or truncation shows.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:audit-module;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.master-key=" + dev.custodian.support.Personas.MASTER_KEY,
		"custodian.audit.seal-interval=PT1H" })
@WithMockUser(authorities = "audit:read")
class AuditModuleTests {

	@Autowired
	AuditLog audit;

	@Autowired
	AuditChain chain;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private void writeThree() {
		List<UUID> subjects = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
		transactions.executeWithoutResult(status -> subjects
			.forEach(subject -> audit.record(AuditAction.READ, "contact", subject, List.of(subject))));
	}

	/** Seals what is pending and returns the last three entries in chain order. */
	private List<UUID> sealedLastThree() {
		chain.sealPending();
		List<UUID> newestFirst = jdbc.sql("select id from audit_events order by chain_seq desc limit 3")
			.query(UUID.class)
			.list();
		return List.of(newestFirst.get(2), newestFirst.get(1), newestFirst.get(0));
	}

	@Test
	void entriesAreSealedIntoAChainThatVerifies() {
		writeThree();
		assertThat(jdbc.sql("select count(*) from audit_events where chain_seq is null").query(Long.class).single())
			.isPositive();
		VerificationResult result = audit.verify();
		assertThat(result.valid()).isTrue();
		assertThat(result.checked()).isGreaterThanOrEqualTo(3);
		assertThat(jdbc.sql("select count(*) from audit_events where chain_seq is null").query(Long.class).single())
			.isZero();
	}

	@Test
	void aRemovedEntryBreaksTheChainAtItsSuccessor() {
		writeThree();
		List<UUID> entries = sealedLastThree();
		restoringAfterwards(() -> {
			jdbc.sql("delete from audit_event_subjects where event_id = ?").param(entries.get(1)).update();
			jdbc.sql("delete from audit_events where id = ?").param(entries.get(1)).update();
			VerificationResult result = audit.verify();
			assertThat(result.valid()).isFalse();
			assertThat(result.firstBrokenEntry()).isEqualTo(entries.get(2));
		});
	}

	@Test
	void cuttingOffTheNewestEntriesShows() {
		writeThree();
		List<UUID> entries = sealedLastThree();
		restoringAfterwards(() -> {
			jdbc.sql("delete from audit_event_subjects where event_id = ?").param(entries.get(2)).update();
			jdbc.sql("delete from audit_events where id = ?").param(entries.get(2)).update();
			assertThat(audit.verify().valid()).isFalse();
		});
	}

	/** Runs a destructive check, then empties the trail so the other tests start from a sound chain. */
	private void restoringAfterwards(Runnable check) {
		try {
			check.run();
		}
		finally {
			jdbc.sql("delete from audit_event_subjects").update();
			jdbc.sql("delete from audit_events").update();
			jdbc.sql("update audit_chain_head set last_seq = 0, last_hash = ? where id = 1")
				.param(AuditChain.GENESIS)
				.update();
		}
	}
}
