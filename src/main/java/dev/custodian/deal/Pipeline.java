package dev.custodian.deal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A sales pipeline with its stages in order. The version counts every change of the pipeline and of its stages,
 * so one {@code If-Match} guards the whole.
 */
public record Pipeline(UUID id, String name, int displayOrder, List<Stage> stages, Instant createdAt,
		Instant updatedAt, long version) {

	public Pipeline {
		stages = List.copyOf(stages);
	}

	public Optional<Stage> stage(UUID stageId) {
		return stages.stream().filter(s -> s.id().equals(stageId)).findFirst();
	}
}
