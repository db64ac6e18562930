package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.custodian.customfield.CustomValues;
import org.jspecify.annotations.Nullable;

/** A deal form that passed every check, its values typed and its status and stage made consistent. */
record CheckedDeal(String name, BigDecimal amount, String currency, Pipeline pipeline, Stage stage, UUID ownerId,
		@Nullable UUID companyId, List<DealParticipant> contacts, DealStatus status, @Nullable UUID lostReasonId,
		LocalDate expectedCloseDate, CustomValues customFields) {
}
