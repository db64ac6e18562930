package dev.custodian.deal.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The request bodies of the pipeline API, for the OpenAPI document only: {@link PipelineApiController} reads the
 * JSON itself, so that every mistake, unknown fields included, is reported at once.
 */
final class PipelineInputs {

	private PipelineInputs() {
	}

	@Schema(name = "PipelineInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "A pipeline to add, with its stages in order. Unknown fields are a 400.")
	record Create(@Schema(example = "Renewals", maxLength = 100,
			description = "Unique; a name another pipeline has is a 409 naming existingPipelineId") String name,
			@Schema(description = "Where it is listed, lower first (0 to 10000); defaults to after the last",
					example = "20") @Nullable Integer displayOrder,
			@Schema(description = "1 to 50 stages, first to last, names unique in the pipeline") List<StageInput> stages) {
	}

	@Schema(name = "PipelinePatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "Only the fields to change: a left-out field keeps its value.")
	record Patch(@Schema(example = "Renewals", maxLength = 100) @Nullable String name,
			@Schema(example = "20") @Nullable Integer displayOrder) {
	}

	@Schema(name = "PipelineStageInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "A stage: both fields are required to add one; a patch may leave either out")
	record StageInput(@Schema(example = "Proposal", maxLength = 100,
			description = "Unique in its pipeline, whatever the case") String name,
			@Schema(minimum = "0", maximum = "100", example = "50",
					description = "The win probability of a deal in this stage, in whole percent") Integer probability) {
	}

	@Schema(name = "PipelineStageOrder", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
	record StageOrder(@Schema(description = "Every stage of the pipeline exactly once, first to last")
	List<UUID> stageIds) {
	}
}
