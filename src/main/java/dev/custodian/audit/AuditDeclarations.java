package dev.custodian.audit;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

/**
 * The data catalogue's declaration of the audit trail: ids, codes and times only, since entries never hold values. An
 * entry's actor is a user id (or a token's user), which the catalogue check covers like any per-user table.
 */
@Component
class AuditDeclarations implements CatalogueDeclarations {

	private static final String ENTRY = "audit-entry";

	private static final String CHAIN = "chain bookkeeping (sequence, links, MAC); says nothing about a person";

	static final List<FieldDeclaration> FIELDS = List.of(
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "id", "random entry identifier"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "occurred_at", "time of the action"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "actor_type", "kind of actor from a fixed list"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "actor_id",
					"random identifier of the acting user; the user's names live sealed in users"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "action", "action from a fixed list"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "resource_type", "record type from a fixed list"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "resource_id", "random identifier of the record"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "subject_ids",
					"random identifiers of the subjects an entry concerns"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "request_id", "random request identifier (a UUID)"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "outcome", "outcome from a fixed list"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "chain_seq", CHAIN),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "prev_hash", CHAIN),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "hash", CHAIN),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "mac", CHAIN),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "rejected_at", "when the sealer refused the entry"),
			FieldDeclaration.notPersonal(ENTRY, "audit_events", "purpose",
					"why staff exported a list, in their words: a work reason, not personal data by policy"),
			FieldDeclaration.notPersonal(ENTRY, "audit_event_subjects", "subject_id",
					"random identifier of the subject an entry concerns; says nothing about the person"),
			FieldDeclaration.notPersonal(ENTRY, "audit_event_subjects", "event_id", "random entry identifier"));

	@Override
	public String module() {
		return "audit";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
