package dev.custodian.deal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Stands in for the deals to come in test applications: a test says how many deals a stage holds, and removing the
 * stage then meets them as it will meet real ones. Holds nothing unless a test puts deals in.
 */
@Component
public class DealsHeldForTests implements StageUsage {

	private final Map<UUID, Long> deals = new ConcurrentHashMap<>();

	public void put(UUID stageId, long count) {
		deals.put(stageId, count);
	}

	public void clear() {
		deals.clear();
	}

	@Override
	public long dealsIn(UUID stageId) {
		return deals.getOrDefault(stageId, 0L);
	}

	@Override
	public void moveDeals(UUID from, UUID to) {
		Long moved = deals.remove(from);
		if (moved != null) {
			deals.merge(to, moved, Long::sum);
		}
	}
}
