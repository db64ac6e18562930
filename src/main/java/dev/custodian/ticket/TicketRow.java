package dev.custodian.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.shared.DbTime;
import dev.custodian.vault.KeyRing;
import org.jspecify.annotations.Nullable;

/**
 * A ticket as stored: subject and description sealed under the requester's key, each bound to this table and its
 * column; tags as a comma-separated list (the filter uses {@code ticket_tags}).
 */
record TicketRow(Ticket clear, byte @Nullable [] subject, byte @Nullable [] description) {

	static final String TABLE = "tickets";

	static final String COLUMNS = "subject_id, id, number, subject_line, description, status, priority, channel, "
			+ "assignee_id, tags, created_at, updated_at, version, first_response_at, first_response_due_at, "
			+ "resolved_at, resolution_due_at, paused_since, paused_seconds, breach_at";

	/** What a read selects: {@link #COLUMNS} and what only the privacy module's requests set. */
	static final String SELECTED = "t.subject_id, t.id, t.number, t.subject_line, t.description, t.status, "
			+ "t.priority, t.channel, t.assignee_id, t.tags, t.created_at, t.updated_at, t.version, "
			+ "t.first_response_at, t.first_response_due_at, t.resolved_at, t.resolution_due_at, t.paused_since, "
			+ "t.paused_seconds, t.breach_at, t.restricted_at, t.requester_erased_at";

	/** The columns this row seals: exactly those the module declares sealed in the data catalogue. */
	static final List<String> SEALED_COLUMNS = CatalogueDeclarations.sealedColumns(TicketDeclarations.FIELDS, TABLE);

	/** The ticket with its subject and description opened; left empty when the key is gone. */
	Ticket open(KeyRing ring) {
		Ticket t = clear;
		UUID s = t.subjectId();
		boolean key = ring.holds(s);
		return new Ticket(t.id(), t.number(), s, key ? ring.open(s, TABLE, "subject_line", subject) : null,
				key ? ring.open(s, TABLE, "description", description) : null, t.status(), t.priority(), t.channel(),
				t.assigneeId(), t.tags(), t.sla(), t.createdAt(), t.updatedAt(), t.version(), t.restrictedAt(),
				t.requesterErasedAt());
	}

	/** The values of {@link #COLUMNS}, sealed. */
	static List<@Nullable Object> values(Ticket t, KeyRing ring) {
		UUID s = t.subjectId();
		SlaClock c = t.sla();
		List<@Nullable Object> values = new ArrayList<>();
		values.add(s);
		values.add(t.id().value());
		values.add(t.number());
		values.add(seal(ring, s, "subject_line", t.subject()));
		values.add(seal(ring, s, "description", t.description()));
		values.add(t.status().code());
		values.add(t.priority().rank());
		values.add(t.channel().code());
		values.add(t.assigneeId());
		values.add(String.join(",", t.tags()));
		values.add(DbTime.param(t.createdAt()));
		values.add(DbTime.param(t.updatedAt()));
		values.add(t.version());
		values.add(DbTime.param(c.firstResponseAt()));
		values.add(DbTime.param(c.firstResponseDueAt()));
		values.add(DbTime.param(c.resolvedAt()));
		values.add(DbTime.param(c.resolutionDueAt()));
		values.add(DbTime.param(c.pausedSince()));
		values.add(c.pausedSeconds());
		values.add(DbTime.param(c.breachAt(t.status())));
		return values;
	}

	static byte @Nullable [] seal(KeyRing ring, UUID subject, String column, @Nullable String value) {
		if (!SEALED_COLUMNS.contains(column)) {
			throw new IllegalStateException(TABLE + "." + column + " is not declared sealed in the data catalogue");
		}
		return ring.seal(subject, TABLE, column, value);
	}

	static TicketRow map(ResultSet rs, int row) throws SQLException {
		String tags = rs.getString("tags");
		SlaClock clock = new SlaClock(DbTime.read(rs, "first_response_at"), DbTime.required(rs, "first_response_due_at"),
				DbTime.read(rs, "resolved_at"), DbTime.required(rs, "resolution_due_at"), DbTime.read(rs, "paused_since"),
				rs.getLong("paused_seconds"));
		Ticket clear = new Ticket(new TicketId(rs.getObject("id", UUID.class)), rs.getLong("number"),
				rs.getObject("subject_id", UUID.class), null, null,
				TicketStatus.fromCode(rs.getString("status")).orElseThrow(),
				TicketPriority.ofRank(rs.getInt("priority")),
				TicketChannel.fromCode(rs.getString("channel")).orElseThrow(), rs.getObject("assignee_id", UUID.class),
				tags.isEmpty() ? List.of() : Arrays.asList(tags.split(",")), clock, DbTime.required(rs, "created_at"),
				DbTime.required(rs, "updated_at"), rs.getLong("version"), DbTime.read(rs, "restricted_at"),
				DbTime.read(rs, "requester_erased_at"));
		return new TicketRow(clear, rs.getBytes("subject_line"), rs.getBytes("description"));
	}
}
