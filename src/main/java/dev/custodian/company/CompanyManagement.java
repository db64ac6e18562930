package dev.custodian.company;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.customfield.CustomFields;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads, changes and deletes companies. Every change is audited in its own transaction; deleting a
 * company leaves its contacts in place, without a company (an audited change of each).
 */
@Service
public class CompanyManagement {

	/** The record type of companies among custom fields. */
	public static final String RECORD_TYPE = "company";

	private final Companies companies;

	private final AuditLog audit;

	private final CompanyContacts members;

	private final CustomFields customFields;

	CompanyManagement(Companies companies, AuditLog audit, CompanyContacts members, CustomFields customFields) {
		this.companies = companies;
		this.audit = audit;
		this.members = members;
		this.customFields = customFields;
	}

	@PreAuthorize("hasAuthority('company:write')")
	@Transactional
	@RetriedOnContention
	public Company create(CompanyForm form) {
		Instant now = DbTime.now();
		Company company = validated(form, new CompanyId(Ids.newId()), now, now, 0);
		ensureDomainFree(company, null);
		companies.insert(company);
		// a company's personal custom values are sealed under a data key of its own, its id
		customFields.store(RECORD_TYPE, company.id().value(), company.id().value(), form.customFieldsOrNone());
		audit.record(AuditAction.CREATE, "company", company.id(), List.of());
		return company;
	}

	@PreAuthorize("hasAuthority('company:read')")
	@Transactional(readOnly = true)
	public Company get(CompanyId id) {
		return companies.byId(id.value()).orElseThrow(() -> new NotFoundException("company", id));
	}

	/** Looks a company up without a permission check, for other modules that show a company's name. */
	@Transactional(readOnly = true)
	public Optional<Company> find(CompanyId id) {
		return companies.byId(id.value());
	}

	/** Names of the given companies, for lists that show them beside contacts. */
	@Transactional(readOnly = true)
	public Map<CompanyId, String> names(Collection<CompanyId> ids) {
		return companies.byIds(ids.stream().map(CompanyId::value).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Company::id, Company::name));
	}

	/** One page of companies, in the query's order. */
	@PreAuthorize("hasAuthority('company:read')")
	@Transactional(readOnly = true)
	public KeysetPage<Company> list(CompanyQuery query) {
		int limit = query.page().limit();
		List<Companies.Positioned> rows = companies.find(query, limit);
		List<Company> page = rows.stream().limit(limit).map(Companies.Positioned::company).toList();
		return new KeysetPage<>(page, rows.size() > limit ? rows.get(limit - 1).position().encode() : null);
	}

	/** How many companies match the query's filters (its page is ignored), exact up to 10,000. */
	@PreAuthorize("hasAuthority('company:read')")
	@Transactional(readOnly = true)
	public ListCount count(CompanyQuery query) {
		return companies.count(query);
	}

	@PreAuthorize("hasAuthority('company:read')")
	@Transactional(readOnly = true)
	public long count() {
		return companies.count();
	}

	/**
	 * Replaces every field of the company with the form's values.
	 * @throws StaleVersionException when the company is no longer at {@code expectedVersion}
	 */
	@PreAuthorize("hasAuthority('company:write')")
	@Transactional
	@RetriedOnContention
	public Company update(CompanyId id, CompanyForm form, long expectedVersion) {
		Company current = companies.lockedById(id.value()).orElseThrow(() -> new NotFoundException("company", id));
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		Company updated = validated(form, id, current.createdAt(), DbTime.now(), current.version() + 1);
		ensureDomainFree(updated, id);
		if (!companies.update(updated, expectedVersion)) {
			throw new StaleVersionException(expectedVersion + 1);
		}
		customFields.store(RECORD_TYPE, id.value(), id.value(), form.customFieldsOrNone());
		audit.record(AuditAction.UPDATE, "company", id, List.of());
		return updated;
	}

	/**
	 * Deletes the company; its contacts stay, without a company.
	 * @param expectedVersion the version the caller saw, or {@code null} to delete whatever is stored
	 */
	@PreAuthorize("hasAuthority('company:delete')")
	@Transactional
	@RetriedOnContention
	public void delete(CompanyId id, @Nullable Long expectedVersion) {
		Company current = companies.lockedById(id.value()).orElseThrow(() -> new NotFoundException("company", id));
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		members.detachAll(id);
		if (!companies.delete(id.value(), current.version())) {
			throw new StaleVersionException(current.version() + 1);
		}
		customFields.deleteValuesOf(RECORD_TYPE, id.value());
		audit.record(AuditAction.DELETE, "company", id, List.of());
	}

	/**
	 * Everything wrong with a form, without saving anything, so adapters can report their own input problems
	 * together with these.
	 */
	@PreAuthorize("hasAuthority('company:write')")
	@Transactional(readOnly = true)
	public List<FieldViolation> problemsWith(CompanyForm form) {
		try {
			Instant now = DbTime.now();
			validated(form, new CompanyId(Ids.newId()), now, now, 0);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.violations();
		}
	}

	/** Checks the form, its custom field values included, naming every invalid field at once. */
	private Company validated(CompanyForm form, CompanyId id, Instant created, Instant updated, long version) {
		Violations violations = new Violations();
		Company company = null;
		try {
			company = Company.from(form, id, created, updated, version);
		}
		catch (InvalidInputException ex) {
			violations.addAll(ex.violations());
		}
		customFields.validate(RECORD_TYPE, form.customFieldsOrNone(), violations);
		violations.throwIfAny();
		return java.util.Objects.requireNonNull(company);
	}

	private void ensureDomainFree(Company company, @Nullable CompanyId self) {
		if (company.domain() == null) {
			return;
		}
		companies.idByDomain(company.domain())
			.filter(existing -> self == null || !existing.equals(self.value()))
			.ifPresent(existing -> {
				throw new ConflictException("A company with this domain exists already",
						Map.of("existingCompanyId", existing));
			});
	}

}
