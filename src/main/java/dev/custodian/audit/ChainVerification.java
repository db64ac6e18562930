package dev.custodian.audit;

import java.util.UUID;

import dev.custodian.vault.MacKey;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the chain {@link AuditChain} sealed, streaming the entries so a long trail needs no memory.
 */
@Component
class ChainVerification {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final AuditChain chain;

	private final Vault vault;

	ChainVerification(JdbcClient jdbc, JdbcTemplate template, AuditChain chain, Vault vault) {
		this.jdbc = jdbc;
		this.template = template;
		this.chain = chain;
		this.vault = vault;
	}

	/**
	 * Recomputes every sealed entry's link in chain order, checks that no sequence number is missing, that the
	 * chain ends where the head says it does (so truncation is detected too), that the subject index names exactly
	 * the subjects of each sealed entry, and that no entry was refused for sealing.
	 */
	@Transactional(readOnly = true)
	VerificationResult verify() {
		AuditChain.Head head = chain.head(false);
		MacKey key = vault.auditKey();
		Walk walk = new Walk();
		String sql = "select " + AuditEvents.COLUMNS + ", prev_hash, hash from audit_events e "
				+ "where chain_seq is not null and chain_seq <= " + head.seq() + " order by chain_seq";
		stream(sql, rs -> {
			if (walk.broken != null) {
				return;
			}
			AuditEntry entry = AuditEvents.map(rs, 0);
			long expectedSeq = walk.checked + 1;
			String expected = AuditChain.link(key, head.keyedFrom(), walk.previous, expectedSeq, entry);
			boolean linked = walk.previous.equals(rs.getString("prev_hash"));
			if (entry.chainSeq() != expectedSeq || !linked || !expected.equals(rs.getString("hash"))) {
				walk.broken = entry.id();
				return;
			}
			walk.previous = expected;
			walk.checked++;
			entry.subjectIds().stream().distinct().forEach(subject -> walk.subjects.add(entry.id(), subject));
		});
		long rejected = jdbc.sql("select count(*) from audit_events where rejected_at is not null")
			.query(Long.class)
			.single();
		if (walk.broken != null) {
			return new VerificationResult(false, walk.checked, walk.broken, "altered", rejected);
		}
		if (walk.checked != head.seq() || !walk.previous.equals(head.hash())) {
			return new VerificationResult(false, walk.checked, null, "truncated", rejected);
		}
		SubjectSet indexed = new SubjectSet();
		stream("select s.event_id, s.subject_id from audit_event_subjects s join audit_events e on e.id = s.event_id "
				+ "where e.chain_seq is not null and e.chain_seq <= " + head.seq(),
				rs -> indexed.add(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)));
		if (!indexed.equals(walk.subjects)) {
			// the subject index (what ?subjectId= searches) no longer names the subjects of the sealed entries
			return new VerificationResult(false, walk.checked, null, "subject-index", rejected);
		}
		if (rejected > 0) {
			return new VerificationResult(false, walk.checked, null, "refused-entries", rejected);
		}
		return new VerificationResult(true, walk.checked, null, null, 0);
	}

	private void stream(String sql, RowCallbackHandler handler) {
		template.query(connection -> {
			var statement = connection.prepareStatement(sql);
			statement.setFetchSize(1000);
			return statement;
		}, handler);
	}

	private static final class Walk {

		long checked;

		String previous = AuditChain.GENESIS;

		final SubjectSet subjects = new SubjectSet();

		@Nullable UUID broken;
	}
}
