package dev.custodian.audit;

import java.util.List;
import java.util.UUID;

import dev.custodian.support.SubjectFixture;

/**
 * A subject the audit trail names: an entry recording a read of their data, as any module writes one.
 */
class AuditSubjectFixture implements SubjectFixture {

	private final AuditLog audit;

	AuditSubjectFixture(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public String module() {
		return "audit";
	}

	@Override
	public UUID createFullyFilledSubject() {
		UUID subject = UUID.randomUUID();
		audit.record(AuditAction.READ, "contact", subject, List.of(subject));
		return subject;
	}
}
