package dev.custodian.company;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.identity.CurrentCaller;
import dev.custodian.identity.Permission;
import dev.custodian.shared.LinkableRecords;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies as the records activities, tasks and deals link to, by name (never a sole trader's sealed contact
 * details). Without {@code company:read} the caller reads none; a restricted sole trader only with
 * {@code restricted:read}, and nothing new is linked to one.
 */
@Component
class CompanyLinks implements LinkableRecords {

	private final Companies companies;

	CompanyLinks(Companies companies) {
		this.companies = companies;
	}

	@Override
	public String kind() {
		return CompanyManagement.RECORD_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean readable(UUID id) {
		return visible(id).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean linkable(UUID id) {
		return visible(id).filter(company -> !company.restricted()).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> labels(Collection<UUID> ids) {
		if (ids.isEmpty() || !has(Permission.COMPANY_READ)) {
			return Map.of();
		}
		return companies.names(ids.stream().distinct().toList(), has(Permission.RESTRICTED_READ));
	}

	@Override
	public String path(UUID id) {
		return "/companies/" + id;
	}

	private Optional<Company> visible(UUID id) {
		if (!has(Permission.COMPANY_READ)) {
			return Optional.empty();
		}
		return companies.byId(id).filter(company -> !company.restricted() || has(Permission.RESTRICTED_READ));
	}

	private static boolean has(String permission) {
		return CurrentCaller.has(permission);
	}
}
