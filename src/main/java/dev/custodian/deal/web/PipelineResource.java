package dev.custodian.deal.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Stage;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A pipeline as the API shows it, with its stages in order.
 */
@Schema(name = "Pipeline")
record PipelineResource(UUID id, @Schema(example = "Sales") String name,
		@Schema(description = "Where it is listed, lower first", example = "10") int displayOrder,
		@Schema(description = "The stages, first to last") List<StageResource> stages, Instant createdAt,
		Instant updatedAt,
		@Schema(description = "Counts every change of the pipeline and its stages; the ETag") long version) {

	/** One stage of a pipeline. */
	@Schema(name = "PipelineStage")
	record StageResource(UUID id, @Schema(example = "Proposal") String name,
			@Schema(description = "The win probability of a deal in this stage, in percent", minimum = "0",
					maximum = "100", example = "50") int probability) {

		static StageResource of(Stage stage) {
			return new StageResource(stage.id(), stage.name(), stage.probability());
		}
	}

	static PipelineResource of(Pipeline p) {
		return new PipelineResource(p.id(), p.name(), p.displayOrder(), p.stages().stream().map(StageResource::of).toList(),
				p.createdAt(), p.updatedAt(), p.version());
	}
}
