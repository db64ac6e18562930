package dev.custodian.deal;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The stage usage while there are no deals: no stage holds any, so there is nothing to move. The deals code
 * replaces it with one that counts and moves the rows of its {@code deals} table.
 */
@Component
class NoDealsYet implements StageUsage {

	@Override
	public long dealsIn(UUID stageId) {
		return 0;
	}

	@Override
	public void moveDeals(UUID from, UUID to) {
		// nothing holds deals yet
	}
}
