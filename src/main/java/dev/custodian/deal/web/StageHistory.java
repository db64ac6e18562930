package dev.custodian.deal.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.deal.StageVisit;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A deal's stage history as the API shows it: every stage it entered, first to last. */
@Schema(name = "DealStageHistory")
record StageHistory(List<Entry> items) {

	/** One stage the deal entered; {@code leftAt} null for the current one. */
	@Schema(name = "DealStageHistoryEntry")
	record Entry(UUID stageId, @Schema(example = "Proposal") String stageName, Instant enteredAt,
			@Schema(description = "The user who moved it; null when it moved with a removed stage's deals")
			@Nullable UUID enteredBy, @Nullable Instant leftAt,
			@Schema(description = "Whole seconds spent in the stage, up to now for the current one", example = "86400")
			long secondsInStage) {
	}

	static StageHistory of(List<StageVisit> visits) {
		Instant now = Instant.now();
		return new StageHistory(visits.stream().map(v -> new Entry(v.stageId(), v.stageName(), v.enteredAt(),
				v.enteredBy(), v.left(), v.timeIn(now).getSeconds())).toList());
	}
}
