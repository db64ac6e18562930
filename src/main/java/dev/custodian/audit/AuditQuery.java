package dev.custodian.audit;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.shared.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Filters for reading the audit trail; each filter is optional and they combine.
 * @param subjectId only entries naming this data subject
 * @param actorId only entries by this actor (a user id)
 * @param action only entries of this action
 * @param resourceType only entries about this kind of resource ({@code contact}, {@code user}, …)
 * @param from only entries at or after this instant
 * @param to only entries before this instant
 * @param oldestFirst the order: oldest first, or (the default) newest first
 */
public record AuditQuery(@Nullable UUID subjectId, @Nullable String actorId, @Nullable AuditAction action,
		@Nullable String resourceType, @Nullable Instant from, @Nullable Instant to, PageRequest page,
		boolean oldestFirst) {

	/** Newest first. */
	public AuditQuery(@Nullable UUID subjectId, @Nullable String actorId, @Nullable AuditAction action,
			@Nullable String resourceType, @Nullable Instant from, @Nullable Instant to, PageRequest page) {
		this(subjectId, actorId, action, resourceType, from, to, page, false);
	}

	/** Entries of one subject or one actor, of any action, type and time. */
	public AuditQuery(@Nullable UUID subjectId, @Nullable String actorId, PageRequest page) {
		this(subjectId, actorId, null, null, null, null, page);
	}
}
