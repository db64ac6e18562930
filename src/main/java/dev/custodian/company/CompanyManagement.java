package dev.custodian.company;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.CurrentCaller;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads, changes and deletes companies. Every change is audited in its own transaction; deleting a
 * company leaves its contacts in place, without a company (an audited change of each), and destroys the company's
 * data key. A sole trader is a data subject: reads of its contact details are audited naming it, and while its data
 * is restricted (Art. 18) it refuses changes and is left out of lists for everyone without
 * {@code restricted:read}.
 */
@Service
public class CompanyManagement {

	/** The record type of companies among custom fields. */
	public static final String RECORD_TYPE = "company";

	private final Companies companies;

	private final AuditLog audit;

	private final CompanyContacts members;

	private final Vault vault;

	private final CustomFields customFields;

	CompanyManagement(Companies companies, AuditLog audit, CompanyContacts members, Vault vault,
			CustomFields customFields) {
		this.companies = companies;
		this.audit = audit;
		this.members = members;
		this.vault = vault;
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
		// a company's personal custom values are sealed under its own data key, its id
		customFields.store(RECORD_TYPE, company.id().value(), company.id().value(), form.customFieldsOrNone());
		audit.record(AuditAction.CREATE, "company", company.id(), subjects(company));
		return company;
	}

	/** Reads a company; reading a sole trader's is audited, naming it. */
	@PreAuthorize("hasAuthority('company:read')")
	@Transactional
	public Company get(CompanyId id) {
		Company company = companies.byId(id.value()).orElseThrow(() -> new NotFoundException("company", id));
		if (company.soleTrader()) {
			audit.record(AuditAction.READ, "company", id, subjects(company));
		}
		return company;
	}

	/**
	 * Looks a company up without a permission check or an audit entry, for other modules that show only a
	 * company's name or check that it exists; they must not show its contact details.
	 */
	@Transactional(readOnly = true)
	public Optional<Company> find(CompanyId id) {
		return companies.byId(id.value());
	}

	/** Names of the given companies, for lists that show them beside contacts; nothing sealed is opened. */
	@Transactional(readOnly = true)
	public Map<CompanyId, String> names(Collection<CompanyId> ids) {
		return companies.names(ids.stream().map(CompanyId::value).distinct().toList())
			.entrySet()
			.stream()
			.collect(Collectors.toMap(e -> new CompanyId(e.getKey()), Map.Entry::getValue));
	}

	/**
	 * One page of companies, in the query's order, without restricted ones unless the caller has
	 * {@code restricted:read}; the audit entry names every sole trader shown.
	 */
	@PreAuthorize("hasAuthority('company:read')")
	@Transactional
	public KeysetPage<Company> list(CompanyQuery query) {
		int limit = query.page().limit();
		List<Companies.Positioned> rows = companies.find(query, limit, seesRestricted());
		List<Company> page = rows.stream().limit(limit).map(Companies.Positioned::company).filter(Objects::nonNull)
			.toList();
		List<UUID> soleTraders = page.stream().flatMap(c -> subjects(c).stream()).toList();
		if (!soleTraders.isEmpty()) {
			audit.record(AuditAction.READ, "company", null, soleTraders);
		}
		return new KeysetPage<>(page, rows.size() > limit
				? Objects.requireNonNull(rows.get(limit - 1).position()).encode() : null);
	}

	/**
	 * One page of an export of the list: the companies {@link #list} shows for the query, audited as an export with
	 * its purpose, naming every sole trader exported. Each page is its own transaction.
	 */
	@PreAuthorize("hasAuthority('company:read') and hasAuthority('company:export')")
	@Transactional
	public KeysetPage<Company> exportPage(CompanyQuery query, ExportPurpose purpose) {
		int limit = query.page().limit();
		List<Companies.Positioned> rows = companies.find(query, limit, seesRestricted());
		List<Company> page = rows.stream().limit(limit).map(Companies.Positioned::company).filter(Objects::nonNull)
			.toList();
		audit.recordExport("company", page.stream().flatMap(c -> subjects(c).stream()).toList(), purpose);
		return new KeysetPage<>(page, rows.size() > limit
				? Objects.requireNonNull(rows.get(limit - 1).position()).encode() : null);
	}

	/**
	 * How many companies match the query's filters (its page is ignored), exact up to 10,000; restricted ones
	 * count only for callers who may see them.
	 */
	@PreAuthorize("hasAuthority('company:read')")
	@Transactional(readOnly = true)
	public ListCount count(CompanyQuery query) {
		return companies.count(query, seesRestricted());
	}

	@PreAuthorize("hasAuthority('company:read')")
	@Transactional(readOnly = true)
	public long count() {
		return companies.count(seesRestricted());
	}

	/**
	 * Replaces every field of the company with the form's values.
	 * @throws StaleVersionException when the company is no longer at {@code expectedVersion}
	 * @throws RestrictedException when its data is restricted
	 */
	@PreAuthorize("hasAuthority('company:write')")
	@Transactional
	@RetriedOnContention
	public Company update(CompanyId id, CompanyForm form, long expectedVersion) {
		return patch(id, current -> form, expectedVersion);
	}

	/**
	 * Changes a company from its stored form, in one transaction: {@code changes} receives the current values and
	 * returns the new ones (a JSON Merge Patch, say). Nothing is recorded if it or the validation fails.
	 * @throws StaleVersionException when the company is no longer at {@code expectedVersion}
	 * @throws RestrictedException when its data is restricted
	 */
	@PreAuthorize("hasAuthority('company:write')")
	@Transactional
	@RetriedOnContention
	public Company patch(CompanyId id, UnaryOperator<CompanyForm> changes, long expectedVersion) {
		Company current = lockedUnrestricted(id);
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		CompanyForm form = changes.apply(
				CompanyForm.of(current).withCustomFields(customFields.valuesOf(RECORD_TYPE, id.value())));
		Company updated = validated(form, id, current.createdAt(), DbTime.now(), current.version() + 1);
		ensureDomainFree(updated, id);
		if (!companies.update(updated, expectedVersion)) {
			throw new StaleVersionException(expectedVersion + 1);
		}
		customFields.store(RECORD_TYPE, id.value(), id.value(), form.customFieldsOrNone());
		audit.record(AuditAction.UPDATE, "company", id,
				current.soleTrader() || updated.soleTrader() ? List.of(id.value()) : List.of());
		return updated;
	}

	/**
	 * Deletes the company and destroys its data key in the same transaction; its contacts stay, without a
	 * company. The deletion is journalled like an erasure, so a restored backup does not bring the company back
	 * (a sole trader is a person; an organisation's row would come back without its key).
	 * @param expectedVersion the version the caller saw, or {@code null} to delete whatever is stored
	 * @throws RestrictedException when its data is restricted
	 */
	@PreAuthorize("hasAuthority('company:delete')")
	@Transactional
	@RetriedOnContention
	public void delete(CompanyId id, @Nullable Long expectedVersion) {
		Company current = lockedUnrestricted(id);
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		members.detachAll(id);
		if (!companies.delete(id.value(), current.version())) {
			throw new StaleVersionException(current.version() + 1);
		}
		customFields.deleteValuesOf(RECORD_TYPE, id.value());
		vault.recordErasure(id.value());
		audit.record(AuditAction.DELETE, "company", id, subjects(current));
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

	private Company lockedUnrestricted(CompanyId id) {
		Company current = companies.lockedById(id.value()).orElseThrow(() -> new NotFoundException("company", id));
		if (current.restricted()) {
			throw new RestrictedException();
		}
		return current;
	}

	static List<UUID> subjects(Company company) {
		UUID subject = company.subjectId();
		return subject == null ? List.of() : List.of(subject);
	}

	/** Whether the caller may see restricted companies (the data-protection officer). */
	private static boolean seesRestricted() {
		return CurrentCaller.seesRestricted();
	}

	/** Checks the form, its custom field values included, naming every invalid field at once. */
	Company validated(CompanyForm form, CompanyId id, Instant created, Instant updated, long version) {
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
