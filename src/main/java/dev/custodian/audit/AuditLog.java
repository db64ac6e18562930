package dev.custodian.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.Ids;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so no change commits without its
 * entry and a rolled-back change leaves none. Writers only insert; hashes are chained later in batches by the
 * sealer, so concurrent writers never wait on one lock.
 */
@Service
public class AuditLog {

	/** The MDC key under which the web layer keeps the current request id. */
	public static final String REQUEST_ID = "requestId";

	/** How many subject ids one entry holds at most: its column has room for 216 ids. */
	static final int SUBJECTS_PER_ENTRY = 200;

	private final AuditEvents events;

	private final AuditChain chain;

	private final ChainVerification verification;

	AuditLog(AuditEvents events, AuditChain chain, ChainVerification verification) {
		this.verification = verification;
		this.events = events;
		this.chain = chain;
	}

	/**
	 * Records a successful action by the current actor.
	 * @param resourceType {@code contact}, {@code company}, {@code user}, …
	 * @param resourceId the resource's id, or {@code null} for actions on a collection
	 * @param subjectIds the data subjects whose data was read or changed
	 */
	@Transactional
	public void record(AuditAction action, String resourceType, @Nullable Object resourceId,
			Collection<UUID> subjectIds) {
		record(action, resourceType, resourceId, subjectIds, "SUCCESS");
	}

	/**
	 * Records an action by the current actor with the given outcome ({@code SUCCESS}, {@code DENIED}, …).
	 */
	@Transactional
	public void record(AuditAction action, String resourceType, @Nullable Object resourceId,
			Collection<UUID> subjectIds, String outcome) {
		insert(action, resourceType, resourceId, List.copyOf(subjectIds), outcome, null);
	}

	/**
	 * Records an export of records of one type by the current actor, with the purpose the actor gave: one entry per
	 * {@value #SUBJECTS_PER_ENTRY} subjects (an entry's subject list has room for about that many), and one entry
	 * without subjects when the records exported name none (companies that are no sole traders), so every export
	 * is on record with its purpose.
	 */
	@Transactional
	public void recordExport(String resourceType, Collection<UUID> subjectIds, ExportPurpose purpose) {
		List<UUID> subjects = subjectIds.stream().distinct().toList();
		int from = 0;
		do {
			insert(AuditAction.EXPORT, resourceType, null,
					subjects.subList(from, Math.min(subjects.size(), from + SUBJECTS_PER_ENTRY)), "SUCCESS",
					purpose.text());
			from += SUBJECTS_PER_ENTRY;
		}
		while (from < subjects.size());
	}

	private void insert(AuditAction action, String resourceType, @Nullable Object resourceId, List<UUID> subjectIds,
			String outcome, @Nullable String purpose) {
		Actor actor = currentActor();
		AuditEntry entry = new AuditEntry(Ids.newId(), DbTime.now(), actor.type(), actor.id(), action.name(),
				resourceType, resourceId == null ? null : resourceId.toString(), List.copyOf(subjectIds),
				MDC.get(REQUEST_ID), outcome, null, purpose);
		events.insert(entry, chain.entryMac(entry));
	}

	/** Newest entries first. */
	@PreAuthorize("hasAuthority('audit:read')")
	@Transactional(readOnly = true)
	public KeysetPage<AuditEntry> find(AuditQuery query) {
		return events.find(query);
	}

	/** The resource types that occur in the trail ({@code contact}, {@code user}, …), in name order. */
	@PreAuthorize("hasAuthority('audit:read')")
	@Transactional(readOnly = true)
	public List<String> resourceTypes() {
		return events.resourceTypes();
	}

	/** How many entries match the query's filters: exact up to 10,000, beyond that "more than". */
	@PreAuthorize("hasAuthority('audit:read')")
	@Transactional(readOnly = true)
	public ListCount count(AuditQuery query) {
		return events.count(query);
	}

	/**
	 * Seals what is pending, then recomputes the whole chain.
	 */
	@PreAuthorize("hasAuthority('audit:read')")
	public VerificationResult verify() {
		chain.sealPending();
		return verification.verify();
	}

	private static Actor currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return new Actor("system", null);
		}
		if (authentication.getPrincipal() instanceof AuditActor actor) {
			return new Actor(actor.actorType(), actor.actorId());
		}
		if (authentication.getPrincipal() instanceof String name && name.equals("anonymousUser")) {
			return new Actor("anonymous", null);
		}
		return new Actor("system", null);
	}

	private record Actor(String type, @Nullable String id) {
	}
}
