package dev.custodian.ticket;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Moves a ticket back in time, as though everything that happened to it had happened {@code by} earlier: the
 * application has no clock to turn, so tests age the stored times instead, all alike.
 */
final class TicketTime {

	private static final List<String> COLUMNS = List.of("created_at", "updated_at", "first_response_at",
			"first_response_due_at", "resolved_at", "resolution_due_at", "paused_since", "breach_at");

	private TicketTime() {
	}

	static void age(JdbcClient jdbc, String id, Duration by) {
		Map<String, Object> row = jdbc.sql("select " + String.join(", ", COLUMNS) + " from tickets where id = ?")
			.param(UUID.fromString(id))
			.query()
			.singleRow();
		StringBuilder sql = new StringBuilder("update tickets set ");
		Object[] params = new Object[COLUMNS.size() + 1];
		for (int i = 0; i < COLUMNS.size(); i++) {
			sql.append(i == 0 ? "" : ", ").append(COLUMNS.get(i)).append(" = ?");
			Instant value = instant(row.get(COLUMNS.get(i)));
			params[i] = value == null ? null : OffsetDateTime.ofInstant(value.minus(by), ZoneOffset.UTC);
		}
		params[COLUMNS.size()] = UUID.fromString(id);
		jdbc.sql(sql.append(" where id = ?").toString()).params(params).update();
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof OffsetDateTime odt) {
			return odt.toInstant();
		}
		if (value instanceof Timestamp ts) {
			return ts.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		throw new IllegalStateException("unexpected time " + value.getClass());
	}
}
