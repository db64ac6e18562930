package dev.custodian.deal.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The request bodies of the deal API, for the OpenAPI document only: {@link DealApiController} reads the JSON
 * itself, so that every mistake, unknown fields included, is reported at once.
 */
final class DealInputs {

	private DealInputs() {
	}

	@Schema(name = "DealInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "A deal to create or to replace one with; a patch sends only the fields to change. Unknown "
					+ "fields are a 400; read-only fields of a deal read back are accepted and ignored.")
	record Deal(@Schema(example = "Fleet renewal 2027", maxLength = 200) String name,
			@Schema(description = "Exact decimal string, 0 to 99999999999999999.99, at most two decimal places",
					example = "12500.00") String amount,
			@Schema(description = "ISO 4217 currency code", example = "EUR") String currency,
			@Schema(description = "The pipeline") UUID pipelineId,
			@Schema(description = "A stage of the pipeline. Probability 100 makes the deal won, 0 lost") UUID stageId,
			@Schema(description = "An active user; defaults to the caller") @Nullable UUID ownerId,
			@Schema(description = "A company the caller may link") @Nullable UUID companyId,
			@Schema(description = "The people taking part; a person already linked keeps their role, a new one "
					+ "is other. Restricted people (Art. 18) cannot be added") @Nullable List<UUID> contactIds,
			@Schema(description = "The people with their roles, instead of contactIds (or naming the same people); "
					+ "tombstones of erased people sent back are ignored") @Nullable List<Contact> contacts,
			@Schema(description = "Leave out to let the stage decide; won or lost moves an open-stage deal to the "
					+ "pipeline's first stage of probability 100 or 0", allowableValues = { "open", "won", "lost" })
			@Nullable String status,
			@Schema(description = "Required when the deal is lost; ignored otherwise") @Nullable UUID lostReasonId,
			@Schema(format = "date", example = "2026-12-31") String expectedCloseDate,
			@Schema(ref = "#/components/schemas/CustomFieldValues") @Nullable Map<String, Object> customFields) {
	}

	@Schema(name = "DealContactInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
	record Contact(UUID contactId,
			@Schema(allowableValues = { "decision-maker", "champion", "influencer", "user", "other" },
					description = "Defaults to other") @Nullable String role) {
	}

	@Schema(name = "DealMove", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "The stage to move the deal to; a stage of probability 0 needs the lost reason")
	record Move(@Schema(description = "A stage of the deal's pipeline") UUID stageId,
			@Schema(description = "Why it was lost, when moving to a stage of probability 0") @Nullable UUID lostReasonId) {
	}
}
