package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A deal: an amount in a currency expected to close on a date, in a stage of a pipeline, owned by a user, perhaps
 * with a company and the people taking part. {@code stageEnteredAt} is when it entered its current stage.
 */
public record Deal(UUID id, String name, BigDecimal amount, String currency, UUID pipelineId, UUID stageId,
		UUID ownerId, @Nullable UUID companyId, DealStatus status, @Nullable UUID lostReasonId,
		LocalDate expectedCloseDate, List<DealParticipant> contacts, Instant stageEnteredAt, Instant createdAt,
		Instant updatedAt, long version) {

	public Deal {
		contacts = List.copyOf(contacts);
	}

	/** The ids of the people named in the deal (tombstones name nobody). */
	public List<UUID> contactIds() {
		return contacts.stream().filter(c -> c.contactId() != null).map(c -> (UUID) c.contactId()).toList();
	}

	Deal withContacts(List<DealParticipant> shown) {
		return new Deal(id, name, amount, currency, pipelineId, stageId, ownerId, companyId, status, lostReasonId,
				expectedCloseDate, shown, stageEnteredAt, createdAt, updatedAt, version);
	}
}
