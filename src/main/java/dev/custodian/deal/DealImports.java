package dev.custodian.deal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals from a file, by the rules of a deal typed in ({@link DealRules} and the caller's owner limit): {@link #check}
 * says what rows would do without storing anything (the dry run), {@link #store} stores them in the caller's
 * transaction (a batch of an import job). A row matches a stored deal with the same name, case ignored, at the same
 * company (or both without a company) in the same pipeline: deal names repeat across customers and pipelines, so the
 * name alone would merge different sales. A match is skipped, updated (only the mapped fields; an empty cell keeps
 * the stored value; a person named is added to those taking part) or created anyway. Deals created keep the file
 * as their origin; audit entries name the people taking part, per batch, with the import job as the resource.
 */
@Service
public class DealImports {

	/** The audit trail's subject lists stay short: one entry per this many subjects. */
	private static final int AUDIT_CHUNK = 150;

	private final DealManagement management;

	private final DealImportPlans plans;

	private final DealStore store;

	private final PipelineStore pipelines;

	private final OwnerLimits limits;

	private final AuditLog audit;

	DealImports(DealManagement management, DealImportPlans plans, DealStore store, PipelineStore pipelines,
			OwnerLimits limits, AuditLog audit) {
		this.management = management;
		this.plans = plans;
		this.store = store;
		this.pipelines = pipelines;
		this.limits = limits;
		this.audit = audit;
	}

	/** What to do with a row that matches a stored deal. */
	public enum Duplicates {
		SKIP, UPDATE, CREATE
	}

	/** What a row did. */
	public enum Effect {
		CREATED, UPDATED, SKIPPED, REJECTED
	}

	/**
	 * A row checked without storing it.
	 * @param problems what is wrong with it, by form field ({@code amount}, {@code stageId},
	 * {@code contacts[0].contactId}, {@code customFields.region}, …); empty when it can be stored
	 * @param matched the stored deal it matches, if any
	 * @param problemsAsNew what keeps it from being a new deal (a row giving no amount, say, may still update the
	 * deal it matches); empty when it is a complete deal
	 */
	public record Checked(List<FieldViolation> problems, @Nullable UUID matched, List<FieldViolation> problemsAsNew) {
	}

	/**
	 * What a stored row did.
	 * @param problems why it was rejected, by form field
	 */
	public record Outcome(Effect effect, @Nullable UUID deal, List<FieldViolation> problems) {
	}

	/** The pipelines with their stages, in display order: the first is where rows without a pipeline go. */
	@PreAuthorize("hasAuthority('deal:write')")
	@Transactional(readOnly = true)
	public List<Pipeline> pipelines() {
		return pipelines.all();
	}


	/**
	 * Checks rows as the dry run of an import: nothing is stored and nothing audited. A row that is no complete deal
	 * but matches a stored one passes when the stored deal, updated with it, would be valid.
	 * @param fields the form fields the file maps, as for {@link #store}
	 */
	@PreAuthorize("hasAuthority('deal:write')")
	@Transactional(readOnly = true)
	public List<Checked> check(List<DealForm> rows, Set<String> fields) {
		List<Pipeline> all = pipelines.all();
		List<Checked> checked = new ArrayList<>(rows.size());
		for (DealForm form : rows) {
			DealImportPlans.Plan plan = plans.plan(form, fields, all);
			checked.add(new Checked(plan.deal() != null || plan.asUpdate() ? List.of() : plan.problems(),
					plan.matched(), plan.problems()));
		}
		return checked;
	}

	/**
	 * Stores rows in the caller's transaction and says what each did.
	 * @param fields the form fields the file maps ({@code name}, {@code stageId}, {@code contacts},
	 * {@code customFields.region}, …): an update changes these only
	 * @param origin where the rows came from, recorded with each deal created ({@code import:<job id>})
	 * @param job the import job, named by the audit entries
	 */
	@PreAuthorize("hasAuthority('deal:write')")
	@Transactional
	public List<Outcome> store(List<DealForm> rows, Set<String> fields, Duplicates duplicates, String origin,
			UUID job) {
		Instant now = DbTime.now();
		List<Outcome> outcomes = new ArrayList<>(rows.size());
		List<UUID> created = new ArrayList<>();
		Set<UUID> createdSubjects = new LinkedHashSet<>();
		Set<UUID> updatedSubjects = new LinkedHashSet<>();
		boolean updated = false;
		List<Pipeline> all = pipelines.all();
		for (DealForm form : rows) {
			DealImportPlans.Plan plan = plans.plan(form, fields, all);
			UUID matched = plan.matched();
			if (matched != null && duplicates == Duplicates.UPDATE && (plan.deal() != null || plan.asUpdate())) {
				Outcome outcome = update(matched, form, fields, now, updatedSubjects);
				updated |= outcome.effect() == Effect.UPDATED;
				outcomes.add(outcome);
			}
			else if (matched != null && duplicates == Duplicates.SKIP && (plan.deal() != null || plan.asUpdate())) {
				outcomes.add(new Outcome(Effect.SKIPPED, matched, List.of()));
			}
			else if (plan.deal() == null) {
				outcomes.add(new Outcome(Effect.REJECTED, null, plan.problems()));
			}
			else {
				Deal deal = management.inserted(plan.deal(), now);
				created.add(deal.id());
				createdSubjects.addAll(deal.contactIds());
				outcomes.add(new Outcome(Effect.CREATED, deal.id(), List.of()));
			}
		}
		store.markOrigin(created, origin);
		audited(AuditAction.CREATE, job, !created.isEmpty(), List.copyOf(createdSubjects));
		audited(AuditAction.UPDATE, job, updated, List.copyOf(updatedSubjects));
		return outcomes;
	}

	/** Changes the mapped fields of a stored deal, by the rules of an edit. */
	private Outcome update(UUID id, DealForm row, Set<String> fields, Instant now, Set<UUID> subjects) {
		Deal current = store.lockedById(id).orElse(null);
		if (current == null || !limits.mayWorkOn(current.ownerId())) {
			return new Outcome(Effect.REJECTED, null,
					List.of(new FieldViolation("name", "matches a deal you may not change (another owner's)")));
		}
		Deal changed;
		try {
			changed = management.saved(current,
					management.checked(ImportedDeal.merge(plans.storedForm(current), row, fields), current), now);
		}
		catch (InvalidInputException ex) {
			return new Outcome(Effect.REJECTED, null, ex.violations());
		}
		subjects.addAll(current.contactIds());
		subjects.addAll(changed.contactIds());
		return new Outcome(Effect.UPDATED, id, List.of());
	}

	/** One entry per batch and action when anything was stored, naming the people taking part a few at a time. */
	private void audited(AuditAction action, UUID job, boolean stored, List<UUID> subjects) {
		if (stored && subjects.isEmpty()) {
			audit.record(action, "deal-import", job, List.of());
		}
		for (int from = 0; from < subjects.size(); from += AUDIT_CHUNK) {
			audit.record(action, "deal-import", job,
					subjects.subList(from, Math.min(subjects.size(), from + AUDIT_CHUNK)));
		}
	}
}
