package dev.custodian.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains audit entries by SHA-256: each sealed entry stores the hash of its predecessor and of its own content.
 * Entries are sealed in batches, in the order the sealer sees them committed, by whichever node holds the
 * chain head's row lock; writers never take that lock.
 */
@Component
class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

	private static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	AuditChain(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${custodian.audit.seal-interval:PT2S}")
	void sealScheduled() {
		int sealed = sealPending();
		if (sealed > 0) {
			log.debug("Sealed {} audit entries", sealed);
		}
	}

	/** Seals every pending entry; returns how many. */
	int sealPending() {
		int total = 0;
		int sealed;
		do {
			Integer batch = transactions.execute(status -> sealBatch());
			sealed = batch == null ? 0 : batch;
			total += sealed;
		}
		while (sealed == BATCH);
		return total;
	}

	private int sealBatch() {
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		List<AuditEntry> pending = jdbc
			.sql("select " + AuditEvents.COLUMNS + " from audit_events where chain_seq is null order by id limit ?")
			.param(BATCH)
			.query(AuditEvents::map)
			.list();
		if (pending.isEmpty()) {
			return 0;
		}
		long seq = head.seq();
		String previous = head.hash();
		List<Object[]> updates = new ArrayList<>(pending.size());
		for (AuditEntry entry : pending) {
			seq++;
			String hash = hash(previous, seq, entry);
			updates.add(new Object[] { seq, previous, hash, entry.id() });
			previous = hash;
		}
		template.batchUpdate("update audit_events set chain_seq = ?, prev_hash = ?, hash = ? where id = ?", updates);
		jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, previous).update();
		return pending.size();
	}

	/**
	 * Recomputes every sealed entry's hash in chain order, checks that no sequence number is missing, and that
	 * the chain ends where the head says it does (so truncation is detected too).
	 */
	@Transactional(readOnly = true)
	VerificationResult verify() {
		Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		Walk walk = new Walk();
		String sql = "select " + AuditEvents.COLUMNS + ", prev_hash, hash from audit_events "
				+ "where chain_seq is not null and chain_seq <= " + head.seq() + " order by chain_seq";
		template.query(connection -> {
			var statement = connection.prepareStatement(sql);
			statement.setFetchSize(1000);
			return statement;
		}, (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
					if (walk.broken != null) {
						return;
					}
					AuditEntry entry = AuditEvents.map(rs, 0);
					long expectedSeq = walk.checked + 1;
					String expected = hash(walk.previous, expectedSeq, entry);
					boolean linked = walk.previous.equals(rs.getString("prev_hash"));
					if (entry.chainSeq() != expectedSeq || !linked || !expected.equals(rs.getString("hash"))) {
						walk.broken = entry.id();
						return;
					}
					walk.previous = expected;
					walk.checked++;
					walk.subjects += entry.subjectIds().stream().distinct().count();
				});
		if (walk.broken == null && (walk.checked != head.seq() || !walk.previous.equals(head.hash()))) {
			return new VerificationResult(false, walk.checked, null);
		}
		long indexed = jdbc.sql("""
				select count(*) from audit_event_subjects s join audit_events e on e.id = s.event_id
				where e.chain_seq is not null and e.chain_seq <= ?""").param(head.seq()).query(Long.class).single();
		if (walk.broken == null && indexed != walk.subjects) {
			// the subject index (what ?subjectId= searches) no longer matches the sealed entries
			return new VerificationResult(false, walk.checked, null);
		}
		return new VerificationResult(walk.broken == null, walk.checked, walk.broken);
	}

	static String hash(String previous, long seq, AuditEntry entry) {
		String canonical = String.join("\n", previous, Long.toString(seq), entry.id().toString(),
				entry.occurredAt().toString(), entry.actorType(), nullToEmpty(entry.actorId()), entry.action(),
				entry.resourceType(), nullToEmpty(entry.resourceId()), AuditEvents.joinIds(entry.subjectIds()),
				nullToEmpty(entry.requestId()), entry.outcome());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	private record Head(long seq, String hash) {
	}

	private static final class Walk {

		long checked;

		long subjects;

		String previous = GENESIS;

		@Nullable UUID broken;
	}
}
