package dev.custodian.ticket;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.DataCategory.COMMUNICATION_CONTENT;
import static dev.custodian.catalog.FieldDeclaration.notPersonal;
import static dev.custodian.catalog.FieldDeclaration.personal;
import static dev.custodian.catalog.Protection.SEALED;
import static dev.custodian.catalog.Protection.SEALED_PREFIX_SEARCHABLE;

/**
 * The data catalogue's declaration of the ticket tables: the subject and description are the requester's
 * communication, sealed under the requester's key; everything else describes the case, not the person.
 */
@Component
class TicketDeclarations implements CatalogueDeclarations {

	private static final String RANDOM_ID = "random identifier; says nothing about the person";

	private static final String TIME = "bookkeeping time of the case";

	private static final String SLA = "service-level clock of the case";

	static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal("ticket", "tickets", "id", RANDOM_ID),
			notPersonal("ticket", "tickets", "subject_id", RANDOM_ID),
			notPersonal("ticket", "tickets", "number", "sequence number of the case"),
			personal("ticket", "subject", "tickets", "subject_line", COMMUNICATION_CONTENT, SEALED_PREFIX_SEARCHABLE),
			personal("ticket", "description", "tickets", "description", COMMUNICATION_CONTENT, SEALED),
			notPersonal("ticket", "tickets", "status", "case state from a fixed list"),
			notPersonal("ticket", "tickets", "priority", "case urgency from a fixed list"),
			notPersonal("ticket", "tickets", "channel", "how the case reached the team, from a fixed list"),
			notPersonal("ticket", "tickets", "assignee_id", "reference to the user in charge"),
			notPersonal("ticket", "tickets", "tags",
					"agents' labels for the case: letters, digits, - and _ only, about the case, not the person"),
			notPersonal("ticket", "tickets", "created_at", TIME),
			notPersonal("ticket", "tickets", "updated_at", TIME),
			notPersonal("ticket", "tickets", "version", "optimistic-locking counter"),
			notPersonal("ticket", "tickets", "restricted_at",
					"processing state: since when the record may only be stored (Art. 18 restriction)"),
			notPersonal("ticket", "tickets", "requester_erased_at",
					"when the requester was erased and the case kept as a tombstone for statistics"),
			notPersonal("ticket", "tickets", "first_response_at", SLA),
			notPersonal("ticket", "tickets", "first_response_due_at", SLA),
			notPersonal("ticket", "tickets", "resolved_at", SLA),
			notPersonal("ticket", "tickets", "resolution_due_at", SLA),
			notPersonal("ticket", "tickets", "paused_since", SLA),
			notPersonal("ticket", "tickets", "paused_seconds", SLA),
			notPersonal("ticket", "tickets", "breach_at", SLA),
			notPersonal("ticket", "ticket_tags", "subject_id", RANDOM_ID),
			notPersonal("ticket", "ticket_tags", "ticket_id", RANDOM_ID),
			notPersonal("ticket", "ticket_tags", "tag", "agents' label of the case, as in tickets.tags"),
			notPersonal("ticket", "ticket_search_tokens", "subject_id", RANDOM_ID),
			notPersonal("ticket", "ticket_search_tokens", "ticket_id", RANDOM_ID),
			notPersonal("ticket", "ticket_search_tokens", "token",
					"keyed blind prefix token of a word of the sealed subject, part of its protection"));

	@Override
	public String module() {
		return "ticket";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
