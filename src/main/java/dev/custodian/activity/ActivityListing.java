package dev.custodian.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.Cursor;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The keyset queries of activity lists, newest first. A list filtered by a linked record reads that record's
 * entries of {@code activity_links} (kind, record, time, id): one range scan of its index whatever the table
 * holds. The cursor carries the last row's time and id only.
 */
@Repository
class ActivityListing {

	private final JdbcClient jdbc;

	ActivityListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	KeysetPage<ActivityRow> page(ActivityQuery query, boolean withRestricted) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select ").append(ActivityRow.COLUMNS).append(' ');
		from(query, withRestricted, params, sql);
		if (query.page().cursor() != null) {
			Cursor cursor = query.page().cursor();
			if (cursor.values().size() != 2) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
			Instant after;
			UUID id;
			try {
				after = Instant.EPOCH.plus(Long.parseLong(cursor.value(0)), ChronoUnit.MICROS);
				id = Ids.parseOrNull(cursor.value(1));
			}
			catch (RuntimeException ex) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
			if (id == null) {
				throw InvalidInputException.of("cursor", "is not a cursor this server issued");
			}
			String time = time(query);
			String idColumn = query.links().isEmpty() ? "a.id" : "l0.activity_id";
			sql.append(" and (").append(time).append(" < ? or (").append(time).append(" = ? and ").append(idColumn)
				.append(" < ?))");
			params.add(DbTime.param(after));
			params.add(DbTime.param(after));
			params.add(id);
		}
		sql.append(" order by ").append(time(query)).append(" desc, ")
			.append(query.links().isEmpty() ? "a.id" : "l0.activity_id").append(" desc limit ")
			.append(query.page().limit() + 1);
		List<ActivityRow> rows = new ArrayList<>(jdbc.sql(sql.toString()).params(params).query(ActivityRow::map).list());
		String next = null;
		if (rows.size() > query.page().limit()) {
			rows.remove(rows.size() - 1);
			ActivityRow last = rows.get(rows.size() - 1);
			next = Cursor.of(Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, last.occurredAt())),
					last.id().toString()).encode();
		}
		return new KeysetPage<>(rows, next);
	}

	ListCount count(ActivityQuery query, boolean withRestricted) {
		List<Object> params = new ArrayList<>();
		StringBuilder sql = new StringBuilder("select 1 ");
		from(query, withRestricted, params, sql);
		return ListCount.of(jdbc.sql(ListCount.sql(sql.toString())).params(params).query(Long.class).single());
	}

	private static String time(ActivityQuery query) {
		return query.links().isEmpty() ? "a.occurred_at" : "l0.occurred_at";
	}

	private static void from(ActivityQuery query, boolean withRestricted, List<Object> params, StringBuilder sql) {
		if (query.links().isEmpty()) {
			sql.append("from activities a where 1 = 1");
		}
		else {
			sql.append("from activity_links l0 join activities a on a.id = l0.activity_id "
					+ "where l0.kind = ? and l0.record_id = ?");
			params.add(query.links().get(0).kind());
			params.add(query.links().get(0).id());
			for (ActivityLink link : query.links().subList(1, query.links().size())) {
				sql.append(" and exists (select 1 from activity_links lx where lx.activity_id = a.id "
						+ "and lx.kind = ? and lx.record_id = ?)");
				params.add(link.kind());
				params.add(link.id());
			}
		}
		if (query.type() != null) {
			sql.append(" and a.type = ?");
			params.add(query.type().code());
		}
		if (query.from() != null) {
			sql.append(" and ").append(time(query)).append(" >= ?");
			params.add(DbTime.param(query.from()));
		}
		if (query.to() != null) {
			sql.append(" and ").append(time(query)).append(" < ?");
			params.add(DbTime.param(query.to()));
		}
		if (!withRestricted) {
			sql.append(" and not exists (select 1 from activity_copies rc where rc.activity_id = a.id "
					+ "and rc.restricted_at is not null)");
		}
	}
}
