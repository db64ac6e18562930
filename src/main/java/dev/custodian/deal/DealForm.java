package dev.custodian.deal;

import java.util.List;

import dev.custodian.customfield.CustomValues;
import org.jspecify.annotations.Nullable;

/**
 * A deal as entered, unchecked: the amount and date as typed, ids as text. A {@code null} status lets the stage
 * decide (won in a stage of probability 100, lost at 0, open elsewhere); {@code null} owner means the caller.
 *
 * @param contacts the people taking part, each with a role
 */
public record DealForm(@Nullable String name, @Nullable String amount, @Nullable String currency,
		@Nullable String pipelineId, @Nullable String stageId, @Nullable String ownerId, @Nullable String companyId,
		List<Participant> contacts, @Nullable String status, @Nullable String lostReasonId,
		@Nullable String expectedCloseDate, @Nullable CustomValues customFields) {

	public DealForm {
		contacts = List.copyOf(contacts);
	}

	/** One person as entered: the contact's id and the role's code (null: {@code other}). */
	public record Participant(@Nullable String contactId, @Nullable String role) {
	}

	public static DealForm of(Deal deal, CustomValues values) {
		return new DealForm(deal.name(), deal.amount().toPlainString(), deal.currency(), deal.pipelineId().toString(),
				deal.stageId().toString(), deal.ownerId().toString(),
				deal.companyId() == null ? null : deal.companyId().toString(),
				deal.contacts().stream().filter(c -> c.contactId() != null && !c.restricted())
					.map(c -> new Participant(String.valueOf(c.contactId()), c.role().code())).toList(),
				deal.status().code(), deal.lostReasonId() == null ? null : deal.lostReasonId().toString(),
				deal.expectedCloseDate().toString(), values);
	}

	public CustomValues customFieldsOrNone() {
		return customFields == null ? CustomValues.NONE : customFields;
	}

	public DealForm withStatus(@Nullable String newStatus) {
		return new DealForm(name, amount, currency, pipelineId, stageId, ownerId, companyId, contacts, newStatus,
				lostReasonId, expectedCloseDate, customFields);
	}
}
