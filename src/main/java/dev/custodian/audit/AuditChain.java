package dev.custodian.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import dev.custodian.shared.DbTime;
import dev.custodian.vault.MacKey;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains audit entries: each sealed entry stores the link of its predecessor and its own, HMAC-SHA256 under the
 * vault's audit key (plain SHA-256 before {@code keyed_from}, for chains begun by earlier versions). Entries are
 * sealed in batches, in the order the sealer sees them committed, by whichever node holds the chain head's row
 * lock; writers never take that lock. Only entries the application wrote are sealed: each carries a MAC made when
 * it was written, and an entry without a valid one, or out of time order, is refused, marked and reported.
 * {@link ChainVerification} recomputes what this sealed.
 */
@Component
class AuditChain {

	static final String GENESIS = "0".repeat(64);

	private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

	private static final int BATCH = 500;

	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate transactions;

	private final Vault vault;

	private final Duration maxCommitDelay;

	AuditChain(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions, Vault vault,
			@Value("${custodian.audit.max-commit-delay:PT1H}") Duration maxCommitDelay) {
		this.jdbc = jdbc;
		this.template = template;
		this.transactions = transactions;
		this.vault = vault;
		this.maxCommitDelay = maxCommitDelay;
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
		int seen;
		do {
			int[] batch = transactions.execute(status -> sealBatch());
			seen = batch == null ? 0 : batch[0];
			total += batch == null ? 0 : batch[1];
		}
		while (seen == BATCH);
		return total;
	}

	/** The MAC an entry gets when it is written; the sealer accepts nothing without it. */
	String entryMac(AuditEntry entry) {
		return vault.auditKey().mac("audit-entry", content(entry));
	}

	/** Returns how many pending entries were looked at and how many of them were sealed. */
	private int[] sealBatch() {
		Head head = head(true);
		List<Pending> pending = jdbc.sql("select " + AuditEvents.COLUMNS + ", mac, "
				+ "case when e.id <= (select h.legacy_until from audit_chain_head h where h.id = 1) then 1 else 0 end "
				+ "as legacy from audit_events e where e.chain_seq is null and e.rejected_at is null "
				+ "order by e.id limit ?")
			.param(BATCH)
			.query((rs, row) -> new Pending(AuditEvents.map(rs, row), rs.getString("mac"), rs.getInt("legacy") == 1))
			.list();
		if (pending.isEmpty()) {
			return new int[] { 0, 0 };
		}
		MacKey key = vault.auditKey();
		Instant now = DbTime.now();
		long seq = head.seq();
		String previous = head.hash();
		List<Object[]> sealed = new ArrayList<>(pending.size());
		List<Object[]> refused = new ArrayList<>();
		for (Pending candidate : pending) {
			AuditEntry entry = candidate.entry();
			String refusal = refusal(candidate, key, head.lastSealedAt(), now);
			if (refusal != null) {
				log.warn("Refused to seal audit entry {}: {}", entry.id(), refusal);
				refused.add(new Object[] { DbTime.param(now), entry.id() });
				continue;
			}
			seq++;
			String link = link(key, head.keyedFrom(), previous, seq, entry);
			sealed.add(new Object[] { seq, previous, link, entry.id() });
			previous = link;
		}
		if (!refused.isEmpty()) {
			template.batchUpdate("update audit_events set rejected_at = ? where id = ?", refused);
		}
		if (!sealed.isEmpty()) {
			template.batchUpdate("update audit_events set chain_seq = ?, prev_hash = ?, hash = ? where id = ?", sealed);
			jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, previous).update();
		}
		return new int[] { pending.size(), sealed.size() };
	}

	private @Nullable String refusal(Pending candidate, MacKey key, @Nullable Instant lastSealedAt, Instant now) {
		AuditEntry entry = candidate.entry();
		if (candidate.mac() == null ? !candidate.legacy()
				: !key.verifies("audit-entry", content(entry), candidate.mac())) {
			return "no valid MAC (not written by the application)";
		}
		if (entry.occurredAt().isAfter(now.plus(CLOCK_SKEW))) {
			return "dated in the future";
		}
		if (lastSealedAt != null && entry.occurredAt().isBefore(lastSealedAt.minus(maxCommitDelay))) {
			return "out of time order (older than the sealed entries by more than " + maxCommitDelay + ")";
		}
		return null;
	}

	Head head(boolean lock) {
		return jdbc.sql("select h.last_seq, h.last_hash, h.keyed_from, "
				+ "(select e.occurred_at from audit_events e where e.chain_seq = h.last_seq) as last_sealed_at "
				+ "from audit_chain_head h where h.id = 1" + (lock ? " for update" : ""))
			.query((rs, row) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3),
					DbTime.read(rs, "last_sealed_at")))
			.single();
	}

	/** The link of the entry at {@code seq}: keyed from {@code keyedFrom} on, plain SHA-256 before (no key needed). */
	static String link(@Nullable MacKey key, long keyedFrom, String previous, long seq, AuditEntry entry) {
		String message = previous + "\n" + seq + "\n" + content(entry);
		if (seq < keyedFrom) {
			return sha256(message);
		}
		if (key == null) {
			throw new IllegalStateException("the keyed part of the chain needs the audit key");
		}
		return key.mac("audit-link", message);
	}

	/**
	 * What an entry says, in one canonical text: everything but its place in the chain. A purpose is appended only
	 * when there is one: entries without (all those written before purposes existed) keep the text, and so the MACs
	 * and links, they were sealed with, while a purpose, once written, is covered like any other field. It cannot
	 * be confused with the outcome it follows, as it holds no line break.
	 */
	static String content(AuditEntry entry) {
		String content = String.join("\n", entry.id().toString(), entry.occurredAt().toString(), entry.actorType(),
				nullToEmpty(entry.actorId()), entry.action(), entry.resourceType(), nullToEmpty(entry.resourceId()),
				AuditEvents.joinIds(entry.subjectIds()), nullToEmpty(entry.requestId()), entry.outcome());
		return entry.purpose() == null ? content : content + "\npurpose:" + entry.purpose();
	}

	private static String sha256(String message) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(message.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

	private static String nullToEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}

	record Head(long seq, String hash, long keyedFrom, @Nullable Instant lastSealedAt) {
	}

	private record Pending(AuditEntry entry, @Nullable String mac, boolean legacy) {
	}

}
