package dev.custodian.deal;

import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.ConflictException;

/**
 * A stage still holds deals, so it (or its pipeline) cannot be removed until they are moved: a 409 with the stage's
 * id and how many deals it holds.
 */
public class StageInUseException extends ConflictException {

	private final long deals;

	StageInUseException(UUID stageId, long deals) {
		super("The stage still holds deals; move them to another stage first", Map.of("stageId", stageId, "deals", deals));
		this.deals = deals;
	}

	public long deals() {
		return deals;
	}
}
