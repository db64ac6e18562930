package dev.custodian.ticket;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListSort;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of one ticket query: its conditions with their parameters, and its order. Search words become blind
 * tokens before they reach the query; the queue conditions use the indexes on status, assignee and breach time.
 */
final class TicketFilter {

	private final StringBuilder where = new StringBuilder(" where 1 = 1");

	private final List<@Nullable Object> params = new ArrayList<>();

	private final ListSort sort;

	private TicketFilter(ListSort sort) {
		this.sort = sort;
	}

	/**
	 * @param tokens the blind tokens of the search words, each of which a ticket must hold
	 * @param me the caller, for the mine queue
	 * @param limitedTo for a caller limited to their own records, themselves: they see the tickets assigned to them
	 * and the unassigned ones
	 */
	static TicketFilter of(TicketQuery query, List<String> tokens, @Nullable Long number, @Nullable UUID me,
			Instant now, boolean withRestricted, @Nullable UUID limitedTo) {
		TicketFilter f = new TicketFilter(query.sort());
		if (!withRestricted) {
			f.where.append(" and t.restricted_at is null");
		}
		if (limitedTo != null) {
			f.add(" and (t.assignee_id = ? or t.assignee_id is null)", limitedTo);
		}
		switch (query.queue()) {
			case UNASSIGNED -> f.where.append(" and t.assignee_id is null and t.status in ('new', 'open', 'pending')");
			case MINE -> f.add(" and t.assignee_id = ? and t.status in ('new', 'open', 'pending')", me);
			case OPEN -> f.where.append(" and t.status in ('new', 'open', 'pending')");
			case BREACHED -> f.add(" and t.breach_at < ?", DbTime.param(now));
			case ALL -> {
			}
		}
		if (number != null) {
			f.add(" and t.number = ?", number);
		}
		else {
			for (String token : tokens) {
				f.add(" and t.id in (select s.ticket_id from ticket_search_tokens s where s.token = ?)", token);
			}
		}
		if (query.status() != null) {
			f.add(" and t.status = ?", query.status().code());
		}
		if (query.priority() != null) {
			f.add(" and t.priority = ?", query.priority().rank());
		}
		if (query.assigneeId() != null) {
			f.add(" and t.assignee_id = ?", query.assigneeId());
		}
		if (query.unassigned()) {
			f.where.append(" and t.assignee_id is null");
		}
		if (query.requesterId() != null) {
			f.add(" and t.subject_id = ?", query.requesterId());
		}
		if (query.tag() != null) {
			f.add(" and t.id in (select g.ticket_id from ticket_tags g where g.tag = ?)", query.tag());
		}
		if (Boolean.TRUE.equals(query.breached())) {
			f.add(" and t.breach_at < ?", DbTime.param(now));
		}
		else if (Boolean.FALSE.equals(query.breached())) {
			f.add(" and (t.breach_at is null or t.breach_at >= ?)", DbTime.param(now));
		}
		return f;
	}

	private void add(String condition, @Nullable Object param) {
		where.append(condition);
		params.add(param);
	}

	ListSort sort() {
		return sort;
	}

	String sql(@Nullable KeysetPosition after) {
		return "select " + TicketRow.SELECTED + ", " + sort.key().expression() + " as " + KeysetPosition.COLUMN
				+ " from tickets t" + where + (after == null ? "" : sort.after("t.id")) + sort.orderBy("t.id")
				+ " limit ?";
	}

	Object[] params(@Nullable KeysetPosition after, int limit) {
		List<@Nullable Object> all = new ArrayList<>(params);
		if (after != null) {
			all.add(after.param());
			all.add(after.param());
			all.add(after.id());
		}
		all.add(limit);
		return all.toArray();
	}

	String countSql() {
		return ListCount.sql("select 1 from tickets t" + where);
	}

	Object[] countParams() {
		return params.toArray();
	}
}
