package dev.custodian.deal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The deals table as what holds deals in stages: counts them, and moves them when an administrator removes a stage,
 * each moved deal entering the new stage in its history. The status follows the new stage (won at probability 100,
 * lost at 0, open elsewhere); a lost reason is kept only while the deal stays lost.
 */
@Component
class DealsInStages implements StageUsage {

	private final DealStore deals;

	private final PipelineStore pipelines;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final DealSums sums;

	DealsInStages(DealStore deals, PipelineStore pipelines, JdbcClient jdbc, AuditLog audit, DealSums sums) {
		this.sums = sums;
		this.deals = deals;
		this.pipelines = pipelines;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Override
	public long dealsIn(UUID stageId) {
		return deals.dealsIn(stageId);
	}

	@Override
	public void moveDeals(UUID from, UUID to) {
		List<UUID> ids = deals.lockedIdsIn(from);
		if (ids.isEmpty()) {
			return;
		}
		UUID pipelineId = jdbc.sql("select pipeline_id from pipeline_stages where id = ?").param(to).query(UUID.class)
			.single();
		Stage target = pipelines.byId(pipelineId).flatMap(p -> p.stage(to)).orElseThrow();
		DealStatus status = DealStatus.closedBy(target.probability()).orElse(DealStatus.OPEN);
		Instant now = DbTime.now();
		for (UUID id : ids) {
			var before = sums.stored(id);
			jdbc.sql("update deals set stage_id = ?, status = ?, lost_reason_id = case when ? then lost_reason_id "
					+ "else null end, stage_entered_at = ?, updated_at = ?, version = version + 1 where id = ?")
				.params(to, status.code(), status == DealStatus.LOST, DbTime.param(now), DbTime.param(now), id)
				.update();
			sums.remove(before);
			sums.addStored(id);
			deals.enteredStage(id, target, now, Callers.id());
			audit.record(AuditAction.UPDATE, DealManagement.RECORD_TYPE, id,
					deals.contactsOf(List.of(id)).getOrDefault(id, List.of()).stream()
						.filter(c -> c.contactId() != null).map(c -> (UUID) c.contactId()).toList());
		}
	}
}
