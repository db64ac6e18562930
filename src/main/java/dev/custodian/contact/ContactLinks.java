package dev.custodian.contact;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.CurrentCaller;
import dev.custodian.identity.Permission;
import dev.custodian.shared.LinkableRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts as the records activities, tasks and tickets link to. Without {@code contact:read} the caller reads no
 * contact, a role limited to its own records only the contacts the caller owns; restricted people only with
 * {@code restricted:read}, and nothing new is linked to them. Opening names is a
 * read of personal data, audited with the subjects shown.
 */
@Component
class ContactLinks implements LinkableRecords {

	private final Contacts contacts;

	private final AuditLog audit;

	private final ContactScope scope;

	ContactLinks(Contacts contacts, AuditLog audit, ContactScope scope) {
		this.scope = scope;
		this.contacts = contacts;
		this.audit = audit;
	}

	@Override
	public String kind() {
		return ContactManagement.RECORD_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean readable(UUID id) {
		return visible(id).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean linkable(UUID id) {
		return visible(id).filter(contact -> !contact.restricted()).isPresent();
	}

	@Override
	@Transactional
	public Map<UUID, String> labels(Collection<UUID> ids) {
		if (ids.isEmpty() || !mayRead()) {
			return Map.of();
		}
		ContactScope.Visibility visibility = scope.now();
		List<Contact> found = contacts.byIds(ids.stream().distinct().toList())
			.stream()
			.filter(contact -> visibility.withRestricted() || !contact.restricted())
			.filter(visibility::owns)
			.toList();
		if (found.isEmpty()) {
			return Map.of();
		}
		audit.record(AuditAction.READ, "contact", null, found.stream().map(Contact::subjectId).toList());
		Map<UUID, String> labels = new LinkedHashMap<>();
		found.forEach(contact -> labels.put(contact.id().value(), contact.displayName()));
		return labels;
	}

	@Override
	public String path(UUID id) {
		return "/contacts/" + id;
	}

	private Optional<Contact> visible(UUID id) {
		if (!mayRead()) {
			return Optional.empty();
		}
		ContactScope.Visibility visibility = scope.now();
		return contacts.byId(id)
			.filter(contact -> !contact.restricted() || visibility.withRestricted())
			.filter(visibility::owns);
	}

	private static boolean mayRead() {
		return CurrentCaller.has(Permission.CONTACT_READ);
	}
}
