package dev.custodian.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import org.jspecify.annotations.Nullable;

/** The shared columns of an activity as stored: nothing about a person. */
record ActivityRow(UUID id, ActivityType type, Instant occurredAt, @Nullable Instant endsAt,
		@Nullable String direction, @Nullable Integer durationSeconds, @Nullable String outcome,
		@Nullable UUID authorId, Instant createdAt, Instant updatedAt, long version) {

	static final String COLUMNS = "a.id, a.type, a.occurred_at, a.ends_at, a.direction, a.duration_seconds, "
			+ "a.outcome, a.author_id, a.created_at, a.updated_at, a.version";

	static ActivityRow map(ResultSet rs, int row) throws SQLException {
		int duration = rs.getInt("duration_seconds");
		Integer durationSeconds = rs.wasNull() ? null : duration;
		return new ActivityRow(rs.getObject("id", UUID.class),
				ActivityType.fromCode(rs.getString("type")).orElseThrow(), DbTime.required(rs, "occurred_at"),
				DbTime.read(rs, "ends_at"), rs.getString("direction"), durationSeconds,
				rs.getString("outcome"), rs.getObject("author_id", UUID.class), DbTime.required(rs, "created_at"),
				DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}

	ActivityRow changed(ActivityChanges c, Instant now) {
		return new ActivityRow(id, type, java.util.Objects.requireNonNull(c.occurredAt()), c.endsAt(), c.direction(),
				c.durationSeconds(), c.outcome(), authorId, createdAt, now, version + 1);
	}
}
