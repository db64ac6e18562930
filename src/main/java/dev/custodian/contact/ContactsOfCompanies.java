package dev.custodian.contact;

import java.util.List;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.company.CompanyContacts;
import dev.custodian.company.CompanyId;
import dev.custodian.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists a company's people for the company page, auditing the read like any other contact list (and, like it,
 * leaving restricted people out for everyone but the data-protection officer).
 */
@Component
class ContactsOfCompanies implements CompanyContacts {

	private final Contacts contacts;

	private final AuditLog audit;

	private final ContactScope scope;

	ContactsOfCompanies(Contacts contacts, AuditLog audit, ContactScope scope) {
		this.scope = scope;
		this.contacts = contacts;
		this.audit = audit;
	}

	@Override
	@PreAuthorize("hasAuthority('contact:read')")
	@Transactional
	public List<Member> membersOf(CompanyId company, int limit) {
		List<Contact> found = contacts
			.find(new ContactQuery(null, company, null, null, PageRequest.first(limit)), limit,
					scope.now())
			.stream()
			.limit(limit)
			.map(Contacts.Found::contact)
			.toList();
		if (!found.isEmpty()) {
			audit.record(AuditAction.READ, "contact", null, found.stream().map(Contact::subjectId).toList());
		}
		return found.stream()
			.map(c -> new Member(c.id().value(), c.displayName(), c.email() == null ? "" : c.email(),
					c.jobTitle() == null ? "" : c.jobTitle()))
			.toList();
	}

	@Override
	@PreAuthorize("hasAuthority('contact:read')")
	@Transactional(readOnly = true)
	public long countOf(CompanyId company) {
		return contacts.countByCompany(company, scope.now());
	}

	@Override
	@Transactional
	public void detachAll(CompanyId company) {
		List<UUID> detached = contacts.detachFromCompany(company);
		if (!detached.isEmpty()) {
			audit.record(AuditAction.UPDATE, "contact", null, detached);
		}
	}
}
