package dev.custodian.transfer;

import java.util.List;
import java.util.Optional;

import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Stage;
import dev.custodian.transfer.csv.ColumnMatch;
import org.jspecify.annotations.Nullable;

/**
 * The pipelines and stages a deal row may name, by name: case, accents, spaces and punctuation ignored, so
 * HubSpot's internal values ("closedwon") find the stage "Closed won". Without a pipeline a row goes to the first
 * one; without a stage, to the first stage of its pipeline.
 */
final class PipelineNames {

	private final List<Pipeline> pipelines;

	PipelineNames(List<Pipeline> pipelines) {
		this.pipelines = pipelines;
	}

	/** The pipeline named, the first one for none, or nothing when the name matches no pipeline. */
	Optional<Pipeline> pipeline(@Nullable String name) {
		if (name == null) {
			return pipelines.stream().findFirst();
		}
		String wanted = ColumnMatch.normalise(name);
		return pipelines.stream().filter(p -> ColumnMatch.normalise(p.name()).equals(wanted)).findFirst();
	}

	/** The stage of the pipeline named, its first stage for none, or nothing when the name matches none of them. */
	static Optional<Stage> stage(Pipeline pipeline, @Nullable String name) {
		if (name == null) {
			return pipeline.stages().stream().findFirst();
		}
		String wanted = ColumnMatch.normalise(name);
		return pipeline.stages().stream().filter(s -> ColumnMatch.normalise(s.name()).equals(wanted)).findFirst();
	}
}
