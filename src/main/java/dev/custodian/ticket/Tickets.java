package dev.custodian.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListCount;
import dev.custodian.vault.BlindIndex;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tickets as a collection, with their tags and search tokens kept in step in the caller's transaction.
 */
@Repository
class Tickets {

	private final JdbcClient jdbc;

	private final Vault vault;

	Tickets(JdbcClient jdbc, Vault vault) {
		this.jdbc = jdbc;
		this.vault = vault;
	}

	BlindIndex index() {
		return vault.index();
	}

	long nextNumber() {
		return jdbc.sql("select nextval('ticket_numbers')").query(Long.class).single();
	}

	void insert(Ticket ticket) {
		KeyRing ring = vault.ensureSubject(ticket.subjectId());
		jdbc.sql("insert into tickets (" + TicketRow.COLUMNS + ", restricted_at, requester_erased_at) values "
				+ "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null)")
			.params(TicketRow.values(ticket, ring))
			.update();
		index(ticket);
	}

	/** Stores the changed ticket if it is still at {@code expectedVersion}. */
	boolean update(Ticket ticket, long expectedVersion) {
		KeyRing ring = vault.ring(List.of(ticket.subjectId()));
		List<@Nullable Object> values = TicketRow.values(ticket, ring);
		// subject_id and id stay: they are the key of the row
		List<@Nullable Object> params = new ArrayList<>(values.subList(2, values.size()));
		params.add(ticket.id().value());
		params.add(expectedVersion);
		int changed = jdbc.sql("update tickets set number = ?, subject_line = ?, description = ?, status = ?, "
				+ "priority = ?, channel = ?, assignee_id = ?, tags = ?, created_at = ?, updated_at = ?, version = ?, "
				+ "first_response_at = ?, first_response_due_at = ?, resolved_at = ?, resolution_due_at = ?, "
				+ "paused_since = ?, paused_seconds = ?, breach_at = ? where id = ? and version = ?")
			.params(params)
			.update();
		if (changed == 1) {
			index(ticket);
		}
		return changed == 1;
	}

	/** Records the first response of a ticket that has none yet, without a new version (no field changed). */
	void recordFirstResponse(Ticket responded) {
		jdbc.sql("update tickets set first_response_at = ?, breach_at = ? where id = ? and first_response_at is null")
			.params(DbTime.param(responded.sla().firstResponseAt()),
					DbTime.param(responded.sla().breachAt(responded.status())), responded.id().value())
			.update();
	}

	Optional<Ticket> byId(UUID id) {
		return one("select " + TicketRow.SELECTED + " from tickets t where t.id = ?", id);
	}

	/** The ticket, its row locked for the rest of the caller's transaction. */
	Optional<Ticket> lockedById(UUID id) {
		return one("select " + TicketRow.SELECTED + " from tickets t where t.id = ? for update", id);
	}

	Optional<Ticket> byNumber(long number) {
		return one("select " + TicketRow.SELECTED + " from tickets t where t.number = ?", number);
	}

	List<Ticket> byIds(List<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return open(jdbc.sql("select " + TicketRow.SELECTED + " from tickets t where t.id in (:ids) order by t.number")
			.param("ids", ids)
			.query(TicketRow::map)
			.list());
	}

	/** The subject's tickets as requester, oldest first. */
	List<Ticket> bySubject(UUID subject) {
		return open(jdbc.sql("select " + TicketRow.SELECTED + " from tickets t where t.subject_id = ? order by t.number")
			.param(subject)
			.query(TicketRow::map)
			.list());
	}

	/**
	 * Up to {@code limit + 1} matches with their positions, so the caller can tell whether there is a next page;
	 * search words longer than the indexed prefix are checked on the opened subject.
	 */
	List<Found> find(TicketFilter filter, @Nullable KeysetPosition start, int limit, @Nullable String q) {
		int batch = limit + 1;
		KeysetPosition after = start;
		List<Found> found = new ArrayList<>();
		while (found.size() <= limit) {
			List<Found> rows = jdbc.sql(filter.sql(after))
				.params(filter.params(after, batch))
				.query((rs, n) -> {
					TicketRow row = TicketRow.map(rs, n);
					return new Found(row.clear(), row, KeysetPosition.of(filter.sort(), rs, row.clear().id().value()));
				})
				.list();
			List<Ticket> opened = open(rows.stream().map(Found::row).toList());
			for (int i = 0; i < rows.size() && found.size() <= limit; i++) {
				Ticket ticket = opened.get(i);
				if (TicketWords.number(q).isPresent() || TicketWords.matches(ticket.subject(), q)) {
					found.add(new Found(ticket, rows.get(i).row(), rows.get(i).position()));
				}
			}
			if (rows.size() < batch) {
				break;
			}
			after = rows.get(rows.size() - 1).position();
		}
		return found;
	}

	ListCount count(TicketFilter filter) {
		return ListCount.of(jdbc.sql(filter.countSql()).params(filter.countParams()).query(Long.class).single());
	}

	boolean delete(UUID id, @Nullable Long expectedVersion) {
		Optional<Ticket> ticket = byId(id);
		if (ticket.isEmpty()) {
			return false;
		}
		int deleted = jdbc.sql("delete from tickets where id = ?" + (expectedVersion == null ? "" : " and version = ?"))
			.params(expectedVersion == null ? new Object[] { id } : new Object[] { id, expectedVersion })
			.update();
		if (deleted == 1) {
			jdbc.sql("delete from ticket_tags where ticket_id = ?").param(id).update();
			jdbc.sql("delete from ticket_search_tokens where ticket_id = ?").param(id).update();
		}
		return deleted == 1;
	}

	private Optional<Ticket> one(String sql, Object param) {
		return open(jdbc.sql(sql).param(param).query(TicketRow::map).list()).stream().findFirst();
	}

	private List<Ticket> open(List<TicketRow> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		KeyRing ring = vault.ring(rows.stream().map(r -> r.clear().subjectId()).distinct().toList());
		return rows.stream().map(row -> row.open(ring)).toList();
	}

	/** Rewrites the ticket's tags and search tokens. */
	private void index(Ticket ticket) {
		UUID id = ticket.id().value();
		jdbc.sql("delete from ticket_tags where ticket_id = ?").param(id).update();
		jdbc.sql("delete from ticket_search_tokens where ticket_id = ?").param(id).update();
		for (String tag : ticket.tags()) {
			jdbc.sql("insert into ticket_tags (subject_id, ticket_id, tag) values (?, ?, ?)")
				.params(ticket.subjectId(), id, tag)
				.update();
		}
		for (String token : TicketWords.tokens(ticket.subject(), vault.index())) {
			jdbc.sql("insert into ticket_search_tokens (subject_id, ticket_id, token) values (?, ?, ?)")
				.params(ticket.subjectId(), id, token)
				.update();
		}
	}

	record Found(Ticket ticket, TicketRow row, KeysetPosition position) {
	}
}
