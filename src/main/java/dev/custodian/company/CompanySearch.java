package dev.custodian.company;

import java.util.List;

import dev.custodian.identity.Permission;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SearchableRecords;
import dev.custodian.shared.TextFolding;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Companies in the global search box, found as the company list's search finds them: by the start of the name or
 * the domain. Without {@code company:read} the caller finds none; restricted sole traders only with
 * {@code restricted:read}. The hits are a list read, audited by {@link CompanyManagement#list} naming the sole
 * traders shown.
 */
@Component
class CompanySearch implements SearchableRecords {

	private final CompanyManagement companies;

	CompanySearch(CompanyManagement companies) {
		this.companies = companies;
	}

	@Override
	public String kind() {
		return CompanyManagement.RECORD_TYPE;
	}

	@Override
	public List<Hit> search(String text, int limit) {
		// a text that folds to nothing would be no filter at all, and list every company
		if (!mayRead() || TextFolding.fold(text).isEmpty()) {
			return List.of();
		}
		return companies.list(new CompanyQuery(text, PageRequest.first(limit)))
			.items()
			.stream()
			.map(company -> new Hit(kind(), company.id().value(), company.name(), company.domain(),
					"/companies/" + company.id()))
			.toList();
	}

	private static boolean mayRead() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(Permission.COMPANY_READ::equals);
	}
}
