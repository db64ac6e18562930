package dev.custodian.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTests {

	private static final UUID SUBJECT = UUID.fromString("01a22689-49b6-7815-8539-2081e7c1930c");

	private static AuditEntry entry(String action, List<UUID> subjects) {
		return new AuditEntry(UUID.fromString("01a22689-4867-7143-baeb-1bb7aaa49616"),
				Instant.parse("2026-11-29T10:00:00.123456Z"), "user", "u1", action, "contact", "c1", subjects, "r1",
				"SUCCESS", null);
	}

	@Test
	void linksOfTheKeyedPartNeedTheKey() {
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> AuditChain.link(null, 1, AuditChain.GENESIS, 1, entry("READ", List.of(SUBJECT))));
	}

	@Test
	void hashIsStableForTheSameContentAndPredecessor() {
		assertThat(AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, entry("READ", List.of(SUBJECT))))
			.isEqualTo(AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, entry("READ", List.of(SUBJECT))))
			.hasSize(64);
	}

	@Test
	void anyChangeOfContentPositionOrPredecessorChangesTheHash() {
		String original = AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, entry("READ", List.of(SUBJECT)));
		assertThat(AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, entry("UPDATE", List.of(SUBJECT)))).isNotEqualTo(original);
		assertThat(AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, entry("READ", List.of()))).isNotEqualTo(original);
		assertThat(AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 2, entry("READ", List.of(SUBJECT)))).isNotEqualTo(original);
		assertThat(AuditChain.link(null, Long.MAX_VALUE, "1".repeat(64), 1, entry("READ", List.of(SUBJECT)))).isNotEqualTo(original);
	}

	@Test
	void aPurposeIsCoveredWhileEntriesWithoutOneKeepTheContentTheyWereSealedWith() {
		AuditEntry plain = entry("EXPORT", List.of(SUBJECT));
		AuditEntry withPurpose = new AuditEntry(plain.id(), plain.occurredAt(), plain.actorType(), plain.actorId(),
				plain.action(), plain.resourceType(), plain.resourceId(), plain.subjectIds(), plain.requestId(),
				plain.outcome(), null, "Quarterly check");
		assertThat(AuditChain.content(plain)).isEqualTo(String.join("\n", plain.id().toString(),
				"2026-11-29T10:00:00.123456Z", "user", "u1", "EXPORT", "contact", "c1", SUBJECT.toString(), "r1",
				"SUCCESS"));
		assertThat(AuditChain.content(withPurpose)).isEqualTo(AuditChain.content(plain) + "\npurpose:Quarterly check");
		String link = AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, withPurpose);
		AuditEntry otherPurpose = new AuditEntry(plain.id(), plain.occurredAt(), plain.actorType(), plain.actorId(),
				plain.action(), plain.resourceType(), plain.resourceId(), plain.subjectIds(), plain.requestId(),
				plain.outcome(), null, "Something else");
		assertThat(AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, otherPurpose)).isNotEqualTo(link);
		assertThat(AuditChain.link(null, Long.MAX_VALUE, AuditChain.GENESIS, 1, plain)).isNotEqualTo(link);
	}
}
