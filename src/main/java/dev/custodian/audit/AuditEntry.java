package dev.custodian.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One audit entry as stored. It holds ids and names of actions only, never field values, so the log itself
 * holds no personal data to erase.
 *
 * @param purpose why the action was taken, as the actor said (an export's reason); null for most actions
 */
public record AuditEntry(UUID id, Instant occurredAt, String actorType, @Nullable String actorId, String action,
		String resourceType, @Nullable String resourceId, List<UUID> subjectIds, @Nullable String requestId,
		String outcome, @Nullable Long chainSeq, @Nullable String purpose) {

	/** An entry without a purpose, as most actions are recorded. */
	public AuditEntry(UUID id, Instant occurredAt, String actorType, @Nullable String actorId, String action,
			String resourceType, @Nullable String resourceId, List<UUID> subjectIds, @Nullable String requestId,
			String outcome, @Nullable Long chainSeq) {
		this(id, occurredAt, actorType, actorId, action, resourceType, resourceId, subjectIds, requestId, outcome,
				chainSeq, null);
	}

	public boolean sealed() {
		return chainSeq != null;
	}
}
