package dev.custodian.company;

import java.util.List;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes many companies at once, all or nothing: each goes through {@link CompanyManagement#delete}, so each is
 * permission-checked, locked and audited (with the unlinking of its contacts) as if deleted on its own.
 */
@Service
public class CompanyBulkActions {

	private final CompanyManagement companies;

	CompanyBulkActions(CompanyManagement companies) {
		this.companies = companies;
	}

	/**
	 * @throws InvalidInputException naming {@code ids} when none, too many or repeated
	 * @throws NotFoundException when one of them no longer exists
	 */
	@PreAuthorize("hasAuthority('company:delete')")
	@Transactional
	public int delete(List<CompanyId> ids) {
		if (ids.isEmpty()) {
			throw InvalidInputException.of("ids", "select at least one company");
		}
		if (ids.size() > PageRequest.MAX_LIMIT || ids.stream().distinct().count() != ids.size()) {
			throw InvalidInputException.of("ids", "must name each company once, at most " + PageRequest.MAX_LIMIT);
		}
		ids.forEach(id -> companies.delete(id, null));
		return ids.size();
	}
}
