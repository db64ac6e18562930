package dev.custodian.deal.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.identity.Permission;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Ids;
import dev.custodian.shared.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The choices of the deal form: active owners, companies (the first 200 by name and the chosen one), and the people
 * to tick: the chosen company's contacts and those already chosen, by name. Reading them goes through the contact
 * and company services, which check the reader's permissions and audit the names they open; the deal's links are
 * still checked through their {@code LinkableRecords} when saved.
 */
@Component
class DealPickLists {

	/** A person to tick: the contact's id and name. */
	record Person(String id, String name) {
	}

	private final UserManagement users;

	private final CompanyManagement companies;

	private final ContactManagement contacts;

	private final DealNames names;

	DealPickLists(UserManagement users, CompanyManagement companies, ContactManagement contacts, DealNames names) {
		this.users = users;
		this.companies = companies;
		this.contacts = contacts;
		this.names = names;
	}

	List<UserAccount> owners(@Nullable String chosen) {
		List<UserAccount> owners = new ArrayList<>(users.activeUsers());
		UUID id = Ids.parseOrNull(chosen);
		if (id != null && owners.stream().noneMatch(u -> u.id().value().equals(id))) {
			users.find(new UserId(id)).ifPresent(owners::add);
		}
		return owners;
	}

	List<Company> companies(@Nullable String chosen) {
		if (!may(Permission.COMPANY_READ)) {
			return List.of();
		}
		List<Company> choices = new ArrayList<>(companies.list(new CompanyQuery(null, PageRequest.first(200))).items());
		UUID id = Ids.parseOrNull(chosen);
		if (id != null && choices.stream().noneMatch(c -> c.id().value().equals(id))) {
			companies.find(new CompanyId(id)).ifPresent(choices::add);
		}
		return choices;
	}

	List<Person> people(@Nullable String companyId, Collection<String> chosen) {
		Map<String, String> people = new LinkedHashMap<>();
		List<UUID> ids = chosen.stream().map(Ids::parseOrNull).filter(java.util.Objects::nonNull).toList();
		names.contacts(ids).forEach((id, name) -> people.put(id.toString(), name));
		UUID company = Ids.parseOrNull(companyId);
		if (company != null && may(Permission.CONTACT_READ)) {
			for (Contact c : contacts.list(new ContactQuery(null, new CompanyId(company), null, null, null,
					ContactQuery.DEFAULT_SORT, PageRequest.first(100), CustomFieldFilter.NONE)).items()) {
				people.putIfAbsent(c.id().toString(), c.displayName());
			}
		}
		return people.entrySet().stream().map(e -> new Person(e.getKey(), e.getValue())).toList();
	}

	/** The contact with exactly this email, or null. */
	@Nullable UUID contactByEmail(String email) {
		if (!may(Permission.CONTACT_READ)) {
			return null;
		}
		return contacts.findByEmail(email).map(id -> id.value()).orElse(null);
	}

	private static boolean may(String permission) {
		var auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(permission::equals);
	}
}
