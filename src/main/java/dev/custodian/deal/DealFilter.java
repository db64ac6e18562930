package dev.custodian.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListSort;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of a deal query's filters. The contact filter leaves out frozen links for callers who may not see
 * restricted people, so a deal list never tells them a restricted person takes part.
 */
record DealFilter(String where, List<Object> params, ListSort sort) {

	static final String FROM = " from deals d join pipeline_stages s on s.id = d.stage_id";

	/**
	 * @param ownerOnly the owner a caller limited to their own deals is held to, or null
	 */
	static DealFilter of(DealQuery q, boolean withRestricted, @Nullable UUID ownerOnly) {
		StringBuilder where = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		if (ownerOnly != null) {
			where.append(" and d.owner_id = ?");
			params.add(ownerOnly);
		}
		if (q.pipelineId() != null) {
			where.append(" and d.pipeline_id = ?");
			params.add(q.pipelineId());
		}
		if (q.stageId() != null) {
			where.append(" and d.stage_id = ?");
			params.add(q.stageId());
		}
		if (q.ownerId() != null) {
			where.append(" and d.owner_id = ?");
			params.add(q.ownerId());
		}
		if (q.companyId() != null) {
			where.append(" and d.company_id = ?");
			params.add(q.companyId());
		}
		if (q.contactId() != null) {
			where.append(" and exists (select 1 from deal_contacts c where c.deal_id = d.id and c.subject_id = ?")
				.append(withRestricted ? ")" : " and c.restricted_at is null)");
			params.add(q.contactId());
		}
		if (q.status() != null) {
			where.append(" and d.status = ?");
			params.add(q.status().code());
		}
		if (q.closeFrom() != null) {
			where.append(" and d.expected_close_date >= ?");
			params.add(q.closeFrom());
		}
		if (q.closeTo() != null) {
			where.append(" and d.expected_close_date <= ?");
			params.add(q.closeTo());
		}
		return new DealFilter(where.toString(), List.copyOf(params), q.sort());
	}

	String selectSql() {
		return "select " + DealStore.COLUMNS + ", " + sort.key().expression() + " as " + KeysetPosition.COLUMN + FROM
				+ where;
	}

	String onesSql() {
		return "select 1" + FROM + where;
	}
}
