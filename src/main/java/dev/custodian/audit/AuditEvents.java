package dev.custodian.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.Cursor;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored audit entries, append-only: this class has no update or delete of an entry's content.
 */
@Repository
class AuditEvents {

	static final String COLUMNS = "id, occurred_at, actor_type, actor_id, action, resource_type, resource_id, "
			+ "subject_ids, request_id, outcome, chain_seq, purpose";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	AuditEvents(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	void insert(AuditEntry entry, String mac) {
		jdbc.sql("""
				insert into audit_events (id, occurred_at, actor_type, actor_id, action, resource_type, resource_id,
				                          subject_ids, request_id, outcome, mac, purpose)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(entry.id(), DbTime.param(entry.occurredAt()), entry.actorType(), entry.actorId(),
					entry.action(), entry.resourceType(), entry.resourceId(), joinIds(entry.subjectIds()),
					entry.requestId(), entry.outcome(), mac, entry.purpose())
			.update();
		if (!entry.subjectIds().isEmpty()) {
			List<Object[]> rows = entry.subjectIds().stream().distinct()
				.map(subject -> new Object[] { subject, entry.id() })
				.toList();
			template.batchUpdate("insert into audit_event_subjects (subject_id, event_id) values (?, ?)", rows);
		}
	}

	KeysetPage<AuditEntry> find(AuditQuery query) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select " + COLUMNS + " from audit_events e where " + where(query, params));
		String direction = query.oldestFirst() ? "asc" : "desc";
		if (query.page().cursor() != null) {
			List<String> values = query.page().cursor().values();
			UUID after = Ids.parseOrNull(values.get(0));
			if (after == null) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
			if (!direction.equals(values.size() > 1 ? values.get(1) : "desc")) {
				throw InvalidInputException.of("cursor", "belongs to another sort order; start again from the first page");
			}
			sql.append(query.oldestFirst() ? " and e.id > ?" : " and e.id < ?");
			params.add(after);
		}
		sql.append(" order by e.id ").append(direction).append(" limit ?");
		int limit = query.page().limit();
		params.add(limit + 1);
		List<AuditEntry> rows = jdbc.sql(sql.toString()).params(params).query(AuditEvents::map).list();
		if (query.subjectId() != null) {
			// the subject index is a lookup aid; the sealed subject list of each entry is what counts
			rows = rows.stream().filter(entry -> entry.subjectIds().contains(query.subjectId())).toList();
		}
		if (rows.size() <= limit) {
			return new KeysetPage<>(rows, null);
		}
		List<AuditEntry> page = rows.subList(0, limit);
		return new KeysetPage<>(List.copyOf(page), Cursor.of(page.get(limit - 1).id().toString(), direction).encode());
	}

	/**
	 * Every entry naming the subject, oldest first: the index finds them, and each entry's own subject list (the
	 * sealed one) must name the subject too. Entries the sealer refused are left out, as in the lists.
	 */
	List<AuditEntry> naming(UUID subject) {
		return jdbc.sql("select " + COLUMNS + " from audit_events e where e.rejected_at is null and exists "
				+ "(select 1 from audit_event_subjects s where s.event_id = e.id and s.subject_id = ?) order by e.id")
			.param(subject)
			.query(AuditEvents::map)
			.list()
			.stream()
			.filter(entry -> entry.subjectIds().contains(subject))
			.toList();
	}

	/** Whether any entry is indexed under the subject. */
	boolean namesAny(UUID subject) {
		return jdbc.sql("select count(*) from audit_event_subjects where subject_id = ?")
			.param(subject)
			.query(Long.class)
			.single() > 0;
	}

	/** How many entries match the query's filters (its page and order aside), exact up to the list cap. */
	ListCount count(AuditQuery query) {
		List<Object> params = new ArrayList<>();
		return ListCount.of(jdbc.sql(ListCount.sql("select 1 from audit_events e where " + where(query, params)))
			.params(params)
			.query(Long.class)
			.single());
	}

	/** The filters as SQL conditions on {@code audit_events e}, adding their parameters. */
	private static String where(AuditQuery query, List<Object> params) {
		// entries the sealer refused were not written by the application: verification reports them, lists do not
		StringBuilder sql = new StringBuilder("e.rejected_at is null");
		if (query.subjectId() != null) {
			sql.append(" and exists (select 1 from audit_event_subjects s where s.event_id = e.id and s.subject_id = ?)");
			params.add(query.subjectId());
		}
		if (query.actorId() != null) {
			sql.append(" and e.actor_id = ?");
			params.add(query.actorId());
		}
		if (query.action() != null) {
			sql.append(" and e.action = ?");
			params.add(query.action().name());
		}
		if (query.resourceType() != null) {
			sql.append(" and e.resource_type = ?");
			params.add(query.resourceType());
		}
		if (query.from() != null) {
			sql.append(" and e.occurred_at >= ?");
			params.add(DbTime.param(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and e.occurred_at < ?");
			params.add(DbTime.param(query.to()));
		}
		return sql.toString();
	}

	/**
	 * The resource types that occur in the trail, in name order. Each is found with one index probe after the
	 * previous one (a loose index scan), so this costs one step per type, not one per entry.
	 */
	List<String> resourceTypes() {
		return jdbc.sql("""
				with recursive types (name) as (
				    select min(resource_type) from audit_events
				    union all
				    select (select min(resource_type) from audit_events where resource_type > types.name)
				    from types where types.name is not null
				)
				select name from types where name is not null order by name""").query(String.class).list();
	}

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		long seq = rs.getLong("chain_seq");
		Long chainSeq = rs.wasNull() ? null : seq;
		return new AuditEntry(rs.getObject("id", UUID.class), DbTime.required(rs, "occurred_at"),
				rs.getString("actor_type"), rs.getString("actor_id"), rs.getString("action"),
				rs.getString("resource_type"), rs.getString("resource_id"), splitIds(rs.getString("subject_ids")),
				rs.getString("request_id"), rs.getString("outcome"), chainSeq, rs.getString("purpose"));
	}

	static String joinIds(List<UUID> ids) {
		return String.join(",", ids.stream().map(UUID::toString).toList());
	}

	static List<UUID> splitIds(@Nullable String joined) {
		if (joined == null || joined.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(UUID::fromString).toList();
	}
}
