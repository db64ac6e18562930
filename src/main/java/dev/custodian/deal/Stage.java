package dev.custodian.deal;

import java.time.Instant;
import java.util.UUID;

/**
 * One stage of a pipeline: its name, where it stands (position 0 first) and the win probability, in whole percent
 * (0 to 100), that a deal in it is weighed with.
 */
public record Stage(UUID id, UUID pipelineId, String name, int position, int probability, Instant createdAt,
		Instant updatedAt, long version) {
}
