package dev.custodian.deal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One stage a deal entered: when, by whom (a user's id; null when the system moved it) and how long it stayed,
 * up to now for the current stage ({@code left} null).
 */
public record StageVisit(UUID stageId, String stageName, Instant enteredAt, @Nullable UUID enteredBy,
		@Nullable Instant left) {

	public Duration timeIn(Instant now) {
		return Duration.between(enteredAt, left == null ? now : left);
	}

	public boolean current() {
		return left == null;
	}
}
