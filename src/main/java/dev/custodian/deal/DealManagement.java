package dev.custodian.deal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.customfield.CustomFields;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals: read with {@code deal:read}, created, changed and moved with {@code deal:write}, deleted with
 * {@code deal:delete}. Status and stage always agree (see {@link DealRules}); every stage a deal enters is recorded
 * in its history. Every change and every read that shows people is audited as {@code deal}, naming the subjects of
 * the people in it; people restricted (Art. 18) are shown only to callers with {@code restricted:read}.
 */
@Service
public class DealManagement {

	/** The record type, as custom fields, links and audit entries name it. */
	public static final String RECORD_TYPE = "deal";

	private final DealStore store;

	private final DealRules rules;

	private final CustomFields customFields;

	private final AuditLog audit;

	private final OwnerLimits limits;

	DealManagement(DealStore store, DealRules rules, CustomFields customFields, AuditLog audit, OwnerLimits limits) {
		this.limits = limits;
		this.store = store;
		this.rules = rules;
		this.customFields = customFields;
		this.audit = audit;
	}

	/**
	 * Creates a deal; without an owner the caller owns it.
	 * @throws InvalidInputException naming every invalid field
	 */
	@PreAuthorize("hasAuthority('deal:write')")
	@Transactional
	public Deal create(DealForm form) {
		Deal deal = inserted(checked(form, null), DbTime.now());
		audit.record(AuditAction.CREATE, RECORD_TYPE, deal.id(), deal.contactIds());
		return Callers.visible(deal);
	}

	/** Stores a new deal, its first stage visit and its custom values; the caller audits. */
	Deal inserted(CheckedDeal checked, Instant now) {
		Deal deal = new Deal(Ids.newId(), checked.name(), checked.amount(), checked.currency(), checked.pipeline().id(),
				checked.stage().id(), checked.ownerId(), checked.companyId(), checked.status(), checked.lostReasonId(),
				checked.expectedCloseDate(), checked.contacts(), now, now, now, 0);
		store.insert(deal);
		store.enteredStage(deal.id(), checked.stage(), now, Callers.id());
		customFields.store(RECORD_TYPE, deal.id(), deal.id(), checked.customFields());
		return deal;
	}

	/** @throws NotFoundException when there is no such deal */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional
	public Deal get(UUID id) {
		Deal deal = Callers.visible(mine(store.byId(id), id));
		if (!deal.contactIds().isEmpty()) {
			audit.record(AuditAction.READ, RECORD_TYPE, id, deal.contactIds());
		}
		return deal;
	}

	/** One page of the deals that match, audited with the people shown. */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional
	public CountedPage<Deal> list(DealQuery query) {
		DealFilter filter = DealFilter.of(query, Callers.seeRestricted(), limits.ownerFilter(null));
		KeysetPosition after = query.page().cursor() == null ? null
				: KeysetPosition.decode(Objects.requireNonNull(query.page().cursor()), query.sort());
		KeysetPage<Deal> page = store.list(filter, after, query.page().limit()).map(Callers::visible);
		List<UUID> shown = page.items().stream().flatMap(d -> d.contactIds().stream()).distinct().toList();
		if (!shown.isEmpty()) {
			audit.record(AuditAction.READ, RECORD_TYPE, null, shown);
		}
		return CountedPage.of(page, store.count(filter));
	}

	/** How many deals match the query's filters (its page is ignored), exact up to 10,000; reads no personal value. */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public ListCount count(DealQuery query) {
		return store.count(DealFilter.of(query, Callers.seeRestricted(), limits.ownerFilter(null)));
	}

	/**
	 * One page of an export of the list: the deals {@link #list} shows for the query (restricted people left out
	 * for those who may not see them), audited as an export with its purpose, naming the people of the deals
	 * exported. Uncounted: an export walks the list once. Each page is its own transaction.
	 */
	@PreAuthorize("hasAuthority('deal:read') and hasAuthority('deal:export')")
	@Transactional
	public KeysetPage<Deal> exportPage(DealQuery query, ExportPurpose purpose) {
		DealFilter filter = DealFilter.of(query, Callers.seeRestricted(), limits.ownerFilter(null));
		KeysetPosition after = query.page().cursor() == null ? null
				: KeysetPosition.decode(Objects.requireNonNull(query.page().cursor()), query.sort());
		KeysetPage<Deal> page = store.list(filter, after, query.page().limit()).map(Callers::visible);
		audit.recordExport(RECORD_TYPE, page.items().stream().flatMap(d -> d.contactIds().stream()).toList(),
				purpose);
		return page;
	}

	/** Every stage the deal entered, first to last, the last one current. */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public List<StageVisit> history(UUID id) {
		mine(store.byId(id), id);
		List<StageVisit> visits = store.history(id);
		List<StageVisit> result = new ArrayList<>();
		for (int i = 0; i < visits.size(); i++) {
			StageVisit v = visits.get(i);
			result.add(new StageVisit(v.stageId(), v.stageName(), v.enteredAt(), v.enteredBy(),
					i + 1 < visits.size() ? visits.get(i + 1).enteredAt() : null));
		}
		return result;
	}

	/**
	 * Changes the deal to what {@code change} makes of its current form (a replacement ignores the current one).
	 * @throws StaleVersionException when the deal is no longer at {@code expectedVersion}
	 * @throws InvalidInputException naming every invalid field
	 */
	@PreAuthorize("hasAuthority('deal:write')")
	@Transactional
	public Deal update(UUID id, UnaryOperator<DealForm> change, long expectedVersion) {
		Deal current = locked(id, expectedVersion);
		DealForm form = change.apply(DealForm.of(Callers.visible(current),
				customFields.valuesOf(RECORD_TYPE, id)));
		return save(current, checked(form, current));
	}

	/**
	 * Moves the deal to another stage of its pipeline; the stage decides the status (a lost deal needs its reason).
	 * @see #update for the exceptions
	 */
	@PreAuthorize("hasAuthority('deal:write')")
	@Transactional
	public Deal move(UUID id, UUID stageId, @Nullable UUID lostReasonId, long expectedVersion) {
		return update(id, form -> new DealForm(form.name(), form.amount(), form.currency(), form.pipelineId(),
				stageId.toString(), form.ownerId(), form.companyId(), form.contacts(), null,
				lostReasonId == null ? form.lostReasonId() : lostReasonId.toString(), form.expectedCloseDate(),
				form.customFields()), expectedVersion);
	}

	/** @param expectedVersion the version the caller saw, or null to delete whatever is stored */
	@PreAuthorize("hasAuthority('deal:delete')")
	@Transactional
	public void delete(UUID id, @Nullable Long expectedVersion) {
		Deal current = mine(store.lockedById(id), id);
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		customFields.deleteValuesOf(RECORD_TYPE, id);
		store.delete(id);
		audit.record(AuditAction.DELETE, RECORD_TYPE, id, current.contactIds());
	}

	/** Everything wrong with a deal form, without saving anything. */
	@PreAuthorize("hasAuthority('deal:write')")
	@Transactional(readOnly = true)
	public List<FieldViolation> problemsWith(DealForm form, @Nullable UUID existing) {
		Violations violations = new Violations();
		rules.check(form, existing == null ? null : store.byId(existing).orElse(null), Callers.id(), violations);
		return violations.list();
	}

	private Deal save(Deal current, CheckedDeal checked) {
		Deal changed = saved(current, checked, DbTime.now());
		List<UUID> subjects = new ArrayList<>(current.contactIds());
		changed.contactIds().stream().filter(s -> !subjects.contains(s)).forEach(subjects::add);
		audit.record(AuditAction.UPDATE, RECORD_TYPE, changed.id(), subjects);
		return Callers.visible(store.byId(changed.id()).orElseThrow());
	}

	/** Stores the change of a locked deal (a stage entered goes into its history); the caller audits. */
	Deal saved(Deal current, CheckedDeal checked, Instant now) {
		boolean moved = !current.stageId().equals(checked.stage().id());
		Deal changed = new Deal(current.id(), checked.name(), checked.amount(), checked.currency(),
				checked.pipeline().id(), checked.stage().id(), checked.ownerId(), checked.companyId(), checked.status(),
				checked.lostReasonId(), checked.expectedCloseDate(), checked.contacts(),
				moved ? now : current.stageEnteredAt(), current.createdAt(), now, current.version() + 1);
		store.update(changed, current.name());
		if (moved) {
			store.enteredStage(changed.id(), checked.stage(), now, Callers.id());
		}
		customFields.store(RECORD_TYPE, changed.id(), changed.id(), checked.customFields());
		return changed;
	}

	/**
	 * The form checked by {@link DealRules} and the caller's owner limit. Package-private so imports call it
	 * directly: thrown through the transactional proxy, it would mark the caller's transaction rollback-only.
	 * @throws InvalidInputException naming every invalid field
	 */
	CheckedDeal checked(DealForm form, @Nullable Deal current) {
		Violations violations = new Violations();
		CheckedDeal checked = rules.check(form, current, Callers.id(), violations);
		UUID owner = checked != null ? checked.ownerId()
				: form.ownerId() == null || form.ownerId().isBlank() ? Callers.id() : Ids.parseOrNull(form.ownerId().trim());
		if (owner != null && !limits.mayWorkOn(owner)) {
			violations.add("ownerId", "must be yourself: your role works on its own deals only");
		}
		violations.throwIfAny();
		return Objects.requireNonNull(checked);
	}

	/** The deal, if there is one and the caller's owner limit lets them work on it. */
	private Deal mine(java.util.Optional<Deal> deal, UUID id) {
		return deal.filter(d -> limits.mayWorkOn(d.ownerId())).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
	}

	private Deal locked(UUID id, long expectedVersion) {
		Deal current = mine(store.lockedById(id), id);
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		return current;
	}
}
