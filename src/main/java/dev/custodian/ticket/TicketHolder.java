package dev.custodian.ticket;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The ticket module's part of every data-subject request, for the tickets a person opened. Export walks the fields
 * {@link TicketDeclarations} declares for the ticket table; erasure keeps each ticket for service statistics with the
 * requester replaced by a tombstone and the subject, description and search tokens gone (the key is destroyed by the
 * erasure too); restriction is the tickets' {@code restricted_at}.
 */
@Component
class TicketHolder implements PersonalDataHolder {

	static final String KEPT = "Kept for service statistics (Art. 17(3) does not apply: the record holds no personal "
			+ "value any more): the requester is replaced by a tombstone, the subject and description are erased";

	private final Tickets all;

	private final TicketSubjects tickets;

	TicketHolder(Tickets all, TicketSubjects tickets) {
		this.all = all;
		this.tickets = tickets;
	}

	@Override
	public String module() {
		return "ticket";
	}

	@Override
	public List<String> tables() {
		return TicketDeclarations.FIELDS.stream()
			.filter(f -> f.column().equals("subject_id"))
			.map(FieldDeclaration::table)
			.distinct()
			.toList();
	}

	/** The tickets the person opened that still carry their words; tombstones hold nothing of theirs. */
	@Override
	public List<ExportedRecord> export(UUID subject) {
		return all.bySubject(subject).stream().filter(t -> !t.requesterErased()).map(TicketHolder::record).toList();
	}

	@Override
	public ErasureOutcome erase(UUID subject) {
		List<UUID> erased = tickets.tombstone(subject, DbTime.now());
		return new ErasureOutcome(module(), erased.size(),
				erased.stream().map(id -> new KeptRecord("ticket", id.toString(), KEPT)).toList());
	}

	@Override
	public void restrict(UUID subject) {
		tickets.restrict(subject, DbTime.now());
	}

	@Override
	public void lift(UUID subject) {
		tickets.lift(subject);
	}

	@Override
	public boolean holds(UUID subject) {
		return tickets.holds(subject);
	}

	@Override
	public boolean restricted(UUID subject) {
		return tickets.restricted(subject);
	}

	static ExportedRecord record(Ticket ticket) {
		Map<String, @Nullable Object> values = values(ticket);
		List<ExportedValue> exported = new ArrayList<>();
		for (FieldDeclaration field : TicketDeclarations.FIELDS) {
			if (!field.table().equals(TicketRow.TABLE) || !values.containsKey(field.field())) {
				if (field.personal() && field.table().equals(TicketRow.TABLE)) {
					throw new IllegalStateException(field.qualifiedColumn()
							+ " is declared personal but the ticket export has no value for it");
				}
				continue;
			}
			Object value = values.get(field.field());
			if (value != null) {
				exported.add(new ExportedValue(field.field(),
						field.category() == null ? null : field.category().code(), value));
			}
		}
		return new ExportedRecord("ticket", ticket.id().toString(), exported);
	}

	private static Map<String, @Nullable Object> values(Ticket t) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("id", t.id().toString());
		values.put("subject_id", t.subjectId().toString());
		values.put("number", t.number());
		values.put("subject", t.subject());
		values.put("description", t.description());
		values.put("status", t.status().code());
		values.put("priority", t.priority().code());
		values.put("channel", t.channel().code());
		values.put("tags", t.tags());
		values.put("created_at", t.createdAt().toString());
		values.put("updated_at", t.updatedAt().toString());
		values.put("first_response_at", t.sla().firstResponseAt() == null ? null : t.sla().firstResponseAt().toString());
		values.put("resolved_at", t.sla().resolvedAt() == null ? null : t.sla().resolvedAt().toString());
		values.put("restricted_at", t.restrictedAt() == null ? null : t.restrictedAt().toString());
		return values;
	}
}
