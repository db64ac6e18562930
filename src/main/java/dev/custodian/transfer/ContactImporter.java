package dev.custodian.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.company.CompanyImports;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactImports;
import dev.custodian.contact.ContactManagement;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.AddressForm;
import dev.custodian.transfer.csv.CsvRow;
import dev.custodian.transfer.csv.ImportValues;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Contact rows: names (or one full-name column, split), email, phone, job title, company (found by domain, then
 * name, or created), lifecycle stage, source, owner (a user's name), address with a country by name or code, and
 * custom fields.
 */
@Component
class ContactImporter implements RecordImporter {

	static final List<String> TARGETS = List.of("firstName", "lastName", "fullName", "email", "phone", "jobTitle",
			"companyName", "companyDomain", "lifecycleStage", "source", "owner", "street", "city", "postalCode",
			"country");

	private final ContactImports contacts;

	private final CompanyImports companies;

	private final CustomFields customFields;

	private final UserManagement users;

	private final ImportSettings settings;

	ContactImporter(ContactImports contacts, CompanyImports companies, CustomFields customFields,
			UserManagement users, ImportSettings settings) {
		this.contacts = contacts;
		this.companies = companies;
		this.customFields = customFields;
		this.users = users;
		this.settings = settings;
	}

	@Override
	public String recordType() {
		return ContactManagement.RECORD_TYPE;
	}

	@Override
	public void refreshStatistics() {
		contacts.refreshStatistics();
	}

	@Override
	public List<String> targets() {
		return TARGETS;
	}

	@Override
	public List<String> mappingProblems(ImportMapping mapping) {
		return mapping.maps("firstName") || mapping.maps("lastName") || mapping.maps("fullName")
				|| mapping.maps("email") ? List.of()
						: List.of("Map a column to first name, last name, full name or email: a contact needs one");
	}

	/** A row as a contact form, and what is wrong with its cells before the contact module sees them. */
	private record Row(ContactForm form, List<ImportRowError> errors, @Nullable String companyName,
			@Nullable String companyDomain) {
	}

	private Row read(CsvRow row, ImportMapping m, Owners owners, String charset) {
		List<ImportRowError> errors = new ArrayList<>(RowErrors.ofReading(row, m, charset, settings.maxCellChars()));
		List<String> cells = row.cells();
		String first = m.cell(cells, "firstName");
		String last = m.cell(cells, "lastName");
		String full = m.cell(cells, "fullName");
		if (first == null && last == null && full != null) {
			String[] split = ImportValues.splitFullName(full);
			first = split[0].isEmpty() ? null : split[0];
			last = split[1].isEmpty() ? null : split[1];
		}
		String stage = m.cell(cells, "lifecycleStage");
		if (stage != null) {
			String code = ImportValues.lifecycleStage(stage).orElse(null);
			if (code == null) {
				errors.add(new ImportRowError(row.line(), m.nameOf("lifecycleStage"),
						"is not a lifecycle stage: use subscriber, lead, marketing-qualified, sales-qualified, "
								+ "opportunity, customer, evangelist or other"));
			}
			stage = code;
		}
		String owner = m.cell(cells, "owner");
		String ownerId = null;
		if (owner != null) {
			ownerId = owners.find(owner).map(id -> id.value().toString()).orElse(null);
			if (ownerId == null) {
				errors.add(new ImportRowError(row.line(), m.nameOf("owner"), "names no active user"));
			}
		}
		AddressForm address = MappedCells.address(row, m, errors);
		Map<String, String> custom = MappedCells.custom(row, m);
		ContactForm form = new ContactForm(first, last, m.cell(cells, "email"), m.cell(cells, "phone"),
				m.cell(cells, "jobTitle"), null, ownerId, stage, m.cell(cells, "source"), address,
				custom.isEmpty() ? null : customFields.fromCells(recordType(), custom));
		return new Row(form, errors, m.cell(cells, "companyName"), m.cell(cells, "companyDomain"));
	}

	@Override
	public List<Checked> check(List<CsvRow> rows, ImportMapping mapping, boolean matchPhone, String charset) {
		Owners owners = Owners.of(users);
		List<Row> read = rows.stream().map(row -> read(row, mapping, owners, charset)).toList();
		List<ContactImports.Checked> checked = contacts.check(read.stream().map(Row::form).toList(), matchPhone);
		List<Checked> result = new ArrayList<>(rows.size());
		Map<String, CompanyImports.Link> links = new java.util.HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = read.get(i);
			ContactImports.Checked check = checked.get(i);
			List<ImportRowError> errors = new ArrayList<>(row.errors());
			errors.addAll(RowErrors.ofViolations(rows.get(i).line(), check.problems(), f -> column(f, mapping)));
			if (errors.isEmpty() && (row.companyName() != null || row.companyDomain() != null)) {
				errors.addAll(companyErrors(rows.get(i).line(), mapping,
						links.computeIfAbsent(row.companyName() + "\n" + row.companyDomain(),
								key -> companies.wouldLink(row.companyName(), row.companyDomain()))));
			}
			result.add(new Checked(errors, check.matched() != null, check.byPhoneOnly(), check.email(),
					matchPhone ? check.phone() : null));
		}
		return result;
	}

	@Override
	public List<Stored> store(List<CsvRow> rows, ImportMapping mapping, String duplicates, boolean matchPhone,
			UUID job, String charset) {
		Owners owners = Owners.of(users);
		String origin = "import:" + job;
		List<Row> read = rows.stream().map(row -> read(row, mapping, owners, charset)).toList();
		// checked first, so a company is only made for a row that will be stored
		List<ContactImports.Checked> checked = contacts.check(read.stream().map(Row::form).toList(), matchPhone);
		List<List<ImportRowError>> errors = new ArrayList<>();
		List<ContactForm> forms = new ArrayList<>();
		List<Integer> storable = new ArrayList<>();
		// the batch's companies, found or made once each (the batch is one transaction: nothing outlives it)
		Map<String, CompanyImports.Link> links = new java.util.HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = read.get(i);
			List<ImportRowError> rowErrors = new ArrayList<>(row.errors());
			rowErrors.addAll(RowErrors.ofViolations(rows.get(i).line(), checked.get(i).problems(),
					f -> column(f, mapping)));
			ContactForm form = row.form();
			if (rowErrors.isEmpty() && (row.companyName() != null || row.companyDomain() != null)) {
				boolean create = canCreateCompanies();
				CompanyImports.Link link = links.computeIfAbsent(row.companyName() + "\n" + row.companyDomain(),
						key -> create ? companies.link(row.companyName(), row.companyDomain(), origin, job)
								: companies.wouldLink(row.companyName(), row.companyDomain()));
				if (link.company() != null) {
					form = withCompany(form, link.company().value().toString());
				}
				else {
					rowErrors.addAll(companyErrors(rows.get(i).line(), mapping, link));
				}
			}
			errors.add(rowErrors);
			if (rowErrors.isEmpty()) {
				storable.add(i);
				forms.add(form);
			}
		}
		Set<String> fields = formFields(mapping);
		List<ContactImports.Outcome> outcomes = contacts.store(forms, fields,
				ContactImports.Duplicates.valueOf(duplicates.toUpperCase(java.util.Locale.ROOT)), matchPhone, origin,
				job);
		List<Stored> stored = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			stored.add(new Stored(Effect.REJECTED, errors.get(i)));
		}
		for (int k = 0; k < storable.size(); k++) {
			int i = storable.get(k);
			ContactImports.Outcome outcome = outcomes.get(k);
			stored.set(i, new Stored(Effect.valueOf(outcome.effect().name()),
					RowErrors.ofViolations(rows.get(i).line(), outcome.problems(), f -> column(f, mapping))));
		}
		return stored;
	}

	private List<ImportRowError> companyErrors(long line, ImportMapping mapping, CompanyImports.Link link) {
		if (link.company() != null) {
			return List.of();
		}
		String column = mapping.maps("companyName") ? mapping.nameOf("companyName") : mapping.nameOf("companyDomain");
		if (link.problems().isEmpty()) {
			return canCreateCompanies() ? List.of()
					: List.of(new ImportRowError(line, column, "names a company that does not exist, and your role may not "
							+ "create companies"));
		}
		return link.problems().stream()
			.map(p -> new ImportRowError(line, p.field().equals("domain") ? mapping.nameOf("companyDomain") : column,
					"cannot become a new company: " + p.message()))
			.toList();
	}

	private static boolean canCreateCompanies() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch(a -> "company:write".equals(a.getAuthority()));
	}

	private static ContactForm withCompany(ContactForm f, String company) {
		return new ContactForm(f.firstName(), f.lastName(), f.email(), f.phone(), f.jobTitle(), company, f.ownerId(),
				f.lifecycleStage(), f.source(), f.address(), f.customFields());
	}

	/** The contact form's fields the mapping fills: what an update changes. */
	static Set<String> formFields(ImportMapping mapping) {
		Set<String> fields = new LinkedHashSet<>();
		for (String target : mapping.mapped()) {
			switch (target) {
				case "fullName" -> {
					fields.add("firstName");
					fields.add("lastName");
				}
				case "companyName", "companyDomain" -> fields.add("companyId");
				case "owner" -> fields.add("ownerId");
				default -> fields.add(MappedCells.formField(target) != null ? MappedCells.formField(target) : target);
			}
		}
		return fields;
	}

	/** The column a contact form field's violation is about. */
	static @Nullable String column(String field, ImportMapping m) {
		return switch (field) {
			case "firstName", "lastName" -> m.maps(field) ? m.nameOf(field) : m.nameOf("fullName");
			case "companyId" -> m.maps("companyName") ? m.nameOf("companyName") : m.nameOf("companyDomain");
			case "ownerId" -> m.nameOf("owner");
			default -> MappedCells.column(field, m);
		};
	}
}
