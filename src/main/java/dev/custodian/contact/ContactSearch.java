package dev.custodian.contact;

import java.util.List;

import dev.custodian.identity.Permission;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SearchableRecords;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Contacts in the global search box, found as the contact list's search finds them: through the blind indexes,
 * names and emails by their start, a phone number whole. Without {@code contact:read} the caller finds none;
 * restricted people only with {@code restricted:read}. The hits are a list read, audited by
 * {@link ContactManagement#list} with the subjects shown.
 */
@Component
class ContactSearch implements SearchableRecords {

	private final ContactManagement contacts;

	ContactSearch(ContactManagement contacts) {
		this.contacts = contacts;
	}

	@Override
	public String kind() {
		return ContactManagement.RECORD_TYPE;
	}

	@Override
	public List<Hit> search(String text, int limit) {
		// a text that folds to nothing (punctuation only) would be no filter at all, and list every contact
		if (!mayRead() || SearchTokens.Query.of(text).isEmpty()) {
			return List.of();
		}
		return contacts.list(new ContactQuery(text, null, null, null, PageRequest.first(limit)))
			.items()
			.stream()
			.map(contact -> new Hit(kind(), contact.id().value(), contact.displayName(), contact.email(),
					"/contacts/" + contact.id()))
			.toList();
	}

	private static boolean mayRead() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Permission.CONTACT_READ::equals);
	}
}
