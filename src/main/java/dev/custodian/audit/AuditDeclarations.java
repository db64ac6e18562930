package dev.custodian.audit;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

/**
 * The data catalogue's declaration of the audit index by subject: ids only, since entries never hold values.
 */
@Component
class AuditDeclarations implements CatalogueDeclarations {

	static final List<FieldDeclaration> FIELDS = List.of(
			FieldDeclaration.notPersonal("audit-entry", "audit_event_subjects", "subject_id",
					"random identifier of the subject an entry concerns; says nothing about the person"),
			FieldDeclaration.notPersonal("audit-entry", "audit_event_subjects", "event_id", "random entry identifier"));

	@Override
	public String module() {
		return "audit";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
