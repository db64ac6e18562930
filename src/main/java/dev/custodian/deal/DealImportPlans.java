package dev.custodian.deal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an imported row would do: whether it is a complete new deal (the defaults filled in) and which stored deal it
 * matches, or, when it is incomplete, whether it still makes a valid update of that deal. Calls the package-private
 * {@link DealManagement#checked} directly, as an exception thrown through a transactional proxy would mark the
 * import's batch transaction rollback-only.
 */
@Component
class DealImportPlans {

	private final DealManagement management;

	private final DealStore store;

	private final CustomFields customFields;

	private final DealForecasts forecasts;

	private final OwnerLimits limits;

	DealImportPlans(DealManagement management, DealStore store, CustomFields customFields, DealForecasts forecasts,
			OwnerLimits limits) {
		this.management = management;
		this.store = store;
		this.customFields = customFields;
		this.forecasts = forecasts;
		this.limits = limits;
	}

	/**
	 * A row's deal when it is a complete one, else its problems as a new deal; the stored deal it matches; and
	 * whether, though incomplete, it is fine as an update of that deal (a file of names and stages moves deals).
	 */
	record Plan(@Nullable CheckedDeal deal, List<FieldViolation> problems, @Nullable UUID matched,
			boolean asUpdate) {
	}

	Plan plan(DealForm form, Set<String> fields, List<Pipeline> all) {
		DealForm asNew = withDefaults(form, all);
		try {
			CheckedDeal deal = management.checked(asNew, null);
			return new Plan(deal, List.of(), matching(deal.name(), deal.companyId(), deal.pipeline().id()), false);
		}
		catch (InvalidInputException ex) {
			String name = Text.clean(form.name());
			UUID pipeline = Ids.parseOrNull(asNew.pipelineId());
			UUID matched = name == null || pipeline == null ? null
					: matching(name, Ids.parseOrNull(form.companyId()), pipeline);
			Deal current = matched == null ? null : store.byId(matched).orElse(null);
			boolean asUpdate = false;
			if (current != null && limits.mayWorkOn(current.ownerId())) {
				try {
					management.checked(ImportedDeal.merge(storedForm(current), form, fields), current);
					asUpdate = true;
				}
				catch (InvalidInputException notEither) {
					// the row's problems as a new deal are what the file's author needs to see
				}
			}
			return new Plan(null, ex.violations(), matched, asUpdate);
		}
	}

	/**
	 * The row as a new deal: without a currency in the default one ({@code custodian.default-currency}), without a
	 * pipeline in the first, without a stage in its pipeline's first. An update takes none of these: what the row
	 * leaves out stays as stored.
	 */
	private DealForm withDefaults(DealForm row, List<Pipeline> all) {
		String pipelineId = row.pipelineId() != null ? row.pipelineId()
				: all.stream().findFirst().map(p -> p.id().toString()).orElse(null);
		String stageId = row.stageId();
		if (stageId == null && pipelineId != null) {
			stageId = all.stream().filter(p -> p.id().toString().equals(pipelineId)).findFirst()
				.flatMap(p -> p.stages().stream().findFirst()).map(s -> s.id().toString()).orElse(null);
		}
		return new DealForm(row.name(), row.amount(), row.currency() != null ? row.currency()
				: forecasts.defaultCurrency(), pipelineId, stageId, row.ownerId(), row.companyId(), row.contacts(),
				row.status(), row.lostReasonId(), row.expectedCloseDate(), row.customFields());
	}

	private @Nullable UUID matching(String name, @Nullable UUID companyId, UUID pipelineId) {
		return store.idByNameAt(name, companyId, pipelineId).orElse(null);
	}

	DealForm storedForm(Deal current) {
		return DealForm.of(Callers.visible(current), customFields.valuesOf(DealManagement.RECORD_TYPE, current.id()));
	}
}
