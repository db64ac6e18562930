package dev.custodian.contact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.audit.SubjectNames;
import dev.custodian.identity.Permission;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names the contacts on the audit page. Opening a name is a read of personal data like any other: it is allowed
 * only with {@code contact:read}, and it writes its own audit entry naming every contact shown. Without the
 * permission nothing is opened (and nothing recorded); the page then shows ids.
 */
@Component
class ContactNamesForAudit implements SubjectNames {

	private final Contacts contacts;

	private final AuditLog audit;

	ContactNamesForAudit(Contacts contacts, AuditLog audit) {
		this.contacts = contacts;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Map<UUID, String> namesOf(Collection<UUID> subjectIds) {
		if (subjectIds.isEmpty() || !mayReadContacts()) {
			return Map.of();
		}
		Map<UUID, String> names = new LinkedHashMap<>();
		for (Contact contact : contacts.byIds(subjectIds.stream().distinct().toList())) {
			// someone recorded by phone alone has no name to show, and a restricted person appears in no list but
			// the data-protection officer's: the page shows the id instead
			if (!contact.displayName().isBlank() && (!contact.restricted() || ContactRestrictions.callerSees())) {
				names.put(contact.subjectId(), contact.displayName());
			}
		}
		if (!names.isEmpty()) {
			audit.record(AuditAction.READ, "contact", null, List.copyOf(names.keySet()));
		}
		return names;
	}

	private static boolean mayReadContacts() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Permission.CONTACT_READ::equals);
	}
}
