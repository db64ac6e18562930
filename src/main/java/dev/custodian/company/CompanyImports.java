package dev.custodian.company;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.AddressForm;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Companies from a file, by the rules of a company typed in. A row matches a stored company by its domain, else by
 * its name (case and accents ignored); a match is skipped or updated (only the mapped fields, and an empty cell
 * keeps the stored value), or created anyway where no other company has the domain. Contacts imported with a
 * company name or domain are linked through {@link #findOrCreate}.
 */
@Service
public class CompanyImports {

	private static final int AUDIT_CHUNK = 150;

	private final CompanyManagement management;

	private final Companies companies;

	private final CustomFields customFields;

	private final AuditLog audit;

	CompanyImports(CompanyManagement management, Companies companies, CustomFields customFields, AuditLog audit) {
		this.management = management;
		this.companies = companies;
		this.customFields = customFields;
		this.audit = audit;
	}

	/** What to do with a row that matches a stored company. */
	public enum Duplicates {
		SKIP, UPDATE, CREATE
	}

	public enum Effect {
		CREATED, UPDATED, SKIPPED, REJECTED
	}

	/**
	 * @param problems what is wrong, by form field; empty when the row can be stored
	 * @param matched the stored company it matches
	 * @param key what identifies the row within its file (its domain, else its folded name)
	 */
	public record Checked(List<FieldViolation> problems, @Nullable CompanyId matched, @Nullable String key) {
	}

	public record Outcome(Effect effect, @Nullable CompanyId company, List<FieldViolation> problems) {
	}

	/** The company with this domain, else with this name, if there is one. Company names are not personal data. */
	@Transactional(readOnly = true)
	public Optional<CompanyId> find(@Nullable String name, @Nullable String domain) {
		Optional<UUID> found = domain == null || domain.isBlank() ? Optional.empty()
				: companies.idByDomain(domain.trim().toLowerCase(java.util.Locale.ROOT));
		if (found.isEmpty() && name != null && !name.isBlank()) {
			found = companies.idByName(name.trim());
		}
		return found.map(CompanyId::new);
	}

	/**
	 * A company for an imported contact: the one found, or the problems of the company that would be made.
	 */
	public record Link(@Nullable CompanyId company, List<FieldViolation> problems) {
	}

	/**
	 * What {@link #link} would do, without creating anything: the company found, none (one would be created), or
	 * the problems of the one that would be made.
	 */
	@Transactional(readOnly = true)
	public Link wouldLink(@Nullable String name, @Nullable String domain) {
		Optional<CompanyId> found = find(name, domain);
		return found.map(id -> new Link(id, List.of()))
			.orElseGet(() -> new Link(null, management.problemsWith(newForm(name, domain))));
	}

	/**
	 * The company with this domain, else this name, created (with the origin, audited under the job) when there is
	 * none; or the problems of the company that would have been made (a name too long, a malformed domain), and
	 * nothing created. Joins the caller's transaction.
	 */
	@PreAuthorize("hasAuthority('company:write')")
	@Transactional
	public Link link(@Nullable String name, @Nullable String domain, String origin, UUID job) {
		Optional<CompanyId> found = find(name, domain);
		if (found.isPresent()) {
			return new Link(found.get(), List.of());
		}
		Instant now = DbTime.now();
		Company company;
		try {
			company = management.validated(newForm(name, domain), new CompanyId(Ids.newId()), now, now, 0);
		}
		catch (InvalidInputException ex) {
			return new Link(null, ex.violations());
		}
		companies.insert(company);
		companies.markOrigin(List.of(company.id().value()), origin);
		audit.record(AuditAction.CREATE, "company-import", job, CompanyManagement.subjects(company));
		return new Link(company.id(), List.of());
	}

	private static CompanyForm newForm(@Nullable String name, @Nullable String domain) {
		String given = name == null || name.isBlank() ? domain : name;
		return new CompanyForm(given, domain, null, null, null, null, AddressForm.EMPTY);
	}

	/** Checks rows as the dry run of an import; stores nothing. */
	@PreAuthorize("hasAuthority('company:write')")
	@Transactional(readOnly = true)
	public List<Checked> check(List<CompanyForm> rows) {
		Instant now = DbTime.now();
		List<Checked> checked = new ArrayList<>(rows.size());
		for (CompanyForm form : rows) {
			try {
				Company company = management.validated(form, new CompanyId(Ids.newId()), now, now, 0);
				checked.add(new Checked(List.of(), find(company.name(), company.domain()).orElse(null),
						company.domain() != null ? company.domain()
								: dev.custodian.shared.TextFolding.fold(company.name())));
			}
			catch (InvalidInputException ex) {
				checked.add(new Checked(ex.violations(), null, null));
			}
		}
		return checked;
	}

	/** Stores rows in the caller's transaction; see {@link dev.custodian.contact.ContactImports#store}. */
	@PreAuthorize("hasAuthority('company:write')")
	@Transactional
	public List<Outcome> store(List<CompanyForm> rows, Set<String> fields, Duplicates duplicates, String origin,
			UUID job) {
		Instant now = DbTime.now();
		List<Outcome> outcomes = new ArrayList<>(rows.size());
		List<UUID> created = new ArrayList<>();
		List<UUID> updated = new ArrayList<>();
		for (CompanyForm form : rows) {
			Outcome outcome = storeOne(form, fields, duplicates, now);
			outcomes.add(outcome);
			if (outcome.effect() == Effect.CREATED) {
				created.add(outcome.company().value());
			}
			else if (outcome.effect() == Effect.UPDATED) {
				updated.add(outcome.company().value());
			}
		}
		companies.markOrigin(created, origin);
		audited(AuditAction.CREATE, job, created);
		audited(AuditAction.UPDATE, job, updated);
		return outcomes;
	}

	/**
	 * One entry per batch and action, naming the sole traders among the companies (they are people), a few at a
	 * time.
	 */
	private void audited(AuditAction action, UUID job, List<UUID> ids) {
		if (ids.isEmpty()) {
			return;
		}
		List<UUID> people = companies.soleTradersAmong(ids);
		if (people.isEmpty()) {
			audit.record(action, "company-import", job, List.of());
		}
		for (int from = 0; from < people.size(); from += AUDIT_CHUNK) {
			audit.record(action, "company-import", job, people.subList(from, Math.min(people.size(), from + AUDIT_CHUNK)));
		}
	}

	private Outcome storeOne(CompanyForm form, Set<String> fields, Duplicates duplicates, Instant now) {
		Company company;
		try {
			company = management.validated(form, new CompanyId(Ids.newId()), now, now, 0);
		}
		catch (InvalidInputException ex) {
			return new Outcome(Effect.REJECTED, null, ex.violations());
		}
		Optional<UUID> byDomain = company.domain() == null ? Optional.empty() : companies.idByDomain(company.domain());
		Optional<UUID> matched = byDomain.isPresent() ? byDomain : companies.idByName(company.name());
		if (matched.isPresent()) {
			if (duplicates == Duplicates.UPDATE) {
				return update(matched.get(), form, fields, now);
			}
			if (duplicates == Duplicates.SKIP || byDomain.isPresent()) {
				return new Outcome(Effect.SKIPPED, new CompanyId(matched.get()), List.of());
			}
		}
		companies.insert(company);
		customFields.store(CompanyManagement.RECORD_TYPE, company.id().value(), company.id().value(),
				form.customFieldsOrNone());
		return new Outcome(Effect.CREATED, company.id(), List.of());
	}

	private Outcome update(UUID id, CompanyForm row, Set<String> fields, Instant now) {
		Company current = companies.lockedById(id).orElse(null);
		if (current == null || current.restricted()) {
			return new Outcome(Effect.REJECTED, null, List.of(new FieldViolation("name",
					"matches a company whose processing is restricted (Art. 18): it is only stored, not changed")));
		}
		CompanyForm stored = CompanyForm.of(current)
			.withCustomFields(customFields.valuesOf(CompanyManagement.RECORD_TYPE, id));
		CompanyForm merged = merge(stored, row, fields);
		Company changed;
		try {
			changed = management.validated(merged, current.id(), current.createdAt(), now, current.version() + 1);
		}
		catch (InvalidInputException ex) {
			return new Outcome(Effect.REJECTED, null, ex.violations());
		}
		if (!companies.update(changed, current.version())) {
			return new Outcome(Effect.REJECTED, null,
					List.of(new FieldViolation("name", "matches a company changed at the same moment")));
		}
		customFields.store(CompanyManagement.RECORD_TYPE, id, id, merged.customFieldsOrNone());
		return new Outcome(Effect.UPDATED, current.id(), List.of());
	}

	/** The row's values of the mapped fields over the stored ones; an empty cell keeps the stored value. */
	static CompanyForm merge(CompanyForm stored, CompanyForm row, Set<String> fields) {
		AddressForm a = stored.addressOrEmpty();
		AddressForm b = row.addressOrEmpty();
		Map<String, @Nullable Object> custom = new LinkedHashMap<>(stored.customFieldsOrNone().values());
		row.customFieldsOrNone().values().forEach((key, value) -> {
			if (fields.contains("customFields." + key) && value != null && !"".equals(value)) {
				custom.put(key, value);
			}
		});
		return new CompanyForm(pick(fields, "name", stored.name(), row.name()),
				pick(fields, "domain", stored.domain(), row.domain()),
				pick(fields, "industry", stored.industry(), row.industry()),
				pick(fields, "sizeBand", stored.sizeBand(), row.sizeBand()),
				pick(fields, "phone", stored.phone(), row.phone()),
				pick(fields, "website", stored.website(), row.website()),
				new AddressForm(pick(fields, "address.street", a.street(), b.street()),
						pick(fields, "address.city", a.city(), b.city()),
						pick(fields, "address.postalCode", a.postalCode(), b.postalCode()),
						pick(fields, "address.country", a.country(), b.country())),
				pick(fields, "email", stored.email(), row.email()), stored.soleTrader(), new CustomValues(custom));
	}

	private static @Nullable String pick(Set<String> fields, String field, @Nullable String stored,
			@Nullable String row) {
		return fields.contains(field) && row != null && !row.isBlank() ? row : stored;
	}
}
