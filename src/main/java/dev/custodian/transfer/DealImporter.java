package dev.custodian.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import dev.custodian.company.CompanyImports;
import dev.custodian.contact.ContactManagement;
import dev.custodian.customfield.CustomFields;
import dev.custodian.deal.DealForm;
import dev.custodian.deal.DealImports;
import dev.custodian.deal.DealManagement;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.FieldViolation;
import dev.custodian.transfer.csv.ColumnMatch;
import dev.custodian.transfer.csv.CsvRow;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deal rows: name, amount (as spreadsheets write it), currency (the default currency when none), pipeline and stage
 * by name (the first pipeline and its first stage when none), expected close date (ISO, German, or US month first),
 * owner (a user's name), company by name (found or created), a contact by email (taking part as {@code other}), and
 * custom fields. See {@link DealImports} for how rows match stored deals.
 */
@Component
class DealImporter implements RecordImporter {

	private final DealImports deals;

	private final DealRowLinks links;

	private final DealRows reader;

	DealImporter(DealImports deals, CompanyImports companies, ContactManagement contacts, CustomFields customFields,
			UserManagement users, ImportSettings settings) {
		this.deals = deals;
		this.links = new DealRowLinks(companies, contacts);
		this.reader = new DealRows(deals, links, customFields, users, settings);
	}

	@Override
	public String recordType() {
		return DealManagement.RECORD_TYPE;
	}

	@Override
	public List<String> targets() {
		return ColumnMatch.DEAL_TARGETS;
	}

	@Override
	public List<String> mappingProblems(ImportMapping mapping) {
		return mapping.maps("name") ? List.of() : List.of("Map a column to the deal's name: a deal needs one");
	}

	@Override
	public List<Checked> check(List<CsvRow> rows, ImportMapping mapping, boolean matchPhone, String charset) {
		List<DealRows.Row> read = reader.read(rows, mapping, charset);
		List<DealImports.Checked> checked = deals.check(read.stream().map(r -> links.withCompanyFound(r.form(),
				r.companyName())).toList(), formFields(mapping));
		List<Checked> result = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			DealRows.Row row = read.get(i);
			List<ImportRowError> errors = new ArrayList<>(row.errors());
			errors.addAll(errorsOf(rows.get(i).line(), checked.get(i).problems(), mapping, errors));
			boolean newCompany = false;
			if (errors.isEmpty() && row.companyName() != null) {
				CompanyImports.Link link = links.wouldLink(row.companyName());
				newCompany = link.company() == null;
				errors.addAll(links.companyErrors(rows.get(i).line(), mapping.nameOf("companyName"), link));
				if (newCompany) {
					// at a company still to be made the row can only be a new deal, so it must be a complete one
					errors.addAll(errorsOf(rows.get(i).line(), checked.get(i).problemsAsNew(), mapping, errors));
				}
			}
			// a deal at a company still to be made matches no stored deal
			result.add(new Checked(errors, checked.get(i).matched() != null && !newCompany, false,
					errors.isEmpty() ? row.key() : null, null));
		}
		return result;
	}

	@Override
	public List<Stored> store(List<CsvRow> rows, ImportMapping mapping, String duplicates, boolean matchPhone,
			UUID job, String charset) {
		String origin = "import:" + job;
		Set<String> fields = formFields(mapping);
		List<DealRows.Row> read = reader.read(rows, mapping, charset);
		// checked first, so a company is only made for a row that will be stored
		List<DealForm> found = read.stream().map(r -> links.withCompanyFound(r.form(), r.companyName())).toList();
		List<DealImports.Checked> checked = deals.check(found, fields);
		List<List<ImportRowError>> errors = new ArrayList<>();
		List<DealForm> forms = new ArrayList<>();
		List<Integer> storable = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			DealRows.Row row = read.get(i);
			List<ImportRowError> rowErrors = new ArrayList<>(row.errors());
			rowErrors.addAll(errorsOf(rows.get(i).line(), checked.get(i).problems(), mapping, rowErrors));
			DealForm form = found.get(i);
			if (rowErrors.isEmpty() && row.companyName() != null && form.companyId() == null) {
				// no company is made for a row that could then only be an incomplete new deal
				rowErrors.addAll(errorsOf(rows.get(i).line(), checked.get(i).problemsAsNew(), mapping, rowErrors));
			}
			if (rowErrors.isEmpty() && row.companyName() != null && form.companyId() == null) {
				CompanyImports.Link link = links.link(row.companyName(), origin, job);
				rowErrors.addAll(links.companyErrors(rows.get(i).line(), mapping.nameOf("companyName"), link));
				form = link.company() == null ? form : DealRowLinks.withCompany(form, link.company().value().toString());
			}
			errors.add(rowErrors);
			if (rowErrors.isEmpty()) {
				storable.add(i);
				forms.add(form);
			}
		}
		List<DealImports.Outcome> outcomes = deals.store(forms, fields,
				DealImports.Duplicates.valueOf(duplicates.toUpperCase(Locale.ROOT)), origin, job);
		List<Stored> stored = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			stored.add(new Stored(Effect.REJECTED, errors.get(i)));
		}
		for (int k = 0; k < storable.size(); k++) {
			int i = storable.get(k);
			DealImports.Outcome outcome = outcomes.get(k);
			stored.set(i, new Stored(Effect.valueOf(outcome.effect().name()),
					errorsOf(rows.get(i).line(), outcome.problems(), mapping, List.of())));
		}
		return stored;
	}

	/**
	 * The deal module's violations in the file's words; a value a new deal needs but no column gives says so, as
	 * "is required" without a column would leave the reader guessing. A column whose cell could not be read has said
	 * so already: the deal module, which got no value from it, is not heard about it again.
	 */
	private static List<ImportRowError> errorsOf(long line, List<FieldViolation> problems, ImportMapping m,
			List<ImportRowError> cellErrors) {
		List<ImportRowError> errors = new ArrayList<>();
		List<FieldViolation> rest = new ArrayList<>();
		for (FieldViolation problem : problems) {
			if (problem.field().equals("amount") && !m.maps("amount")) {
				errors.add(new ImportRowError(line, null, "a new deal needs an amount: map a column to it"));
			}
			else if (problem.field().equals("expectedCloseDate") && !m.maps("expectedClose")) {
				errors.add(new ImportRowError(line, null, "a new deal needs an expected close date: map a column to it"));
			}
			else {
				rest.add(problem);
			}
		}
		errors.addAll(RowErrors.ofViolations(line, rest, f -> column(f, m)));
		errors.removeIf(error -> error.column() != null
				&& cellErrors.stream().anyMatch(cell -> error.column().equals(cell.column())));
		return errors;
	}

	/** The deal form's fields the mapping fills: what an update changes. */
	static Set<String> formFields(ImportMapping mapping) {
		Set<String> fields = new LinkedHashSet<>();
		for (String target : mapping.mapped()) {
			fields.add(switch (target) {
				case "pipeline" -> "pipelineId";
				case "stage" -> "stageId";
				case "expectedClose" -> "expectedCloseDate";
				case "owner" -> "ownerId";
				case "companyName" -> "companyId";
				case "contactEmail" -> "contacts";
				default -> MappedCells.formField(target) != null ? MappedCells.formField(target) : target;
			});
		}
		return fields;
	}

	/** The column a deal form field's violation is about. */
	static @Nullable String column(String field, ImportMapping m) {
		if (field.startsWith("contact")) {
			return m.nameOf("contactEmail");
		}
		return switch (field) {
			case "pipelineId" -> m.nameOf("pipeline");
			case "stageId", "status", "lostReasonId" -> m.nameOf("stage");
			case "expectedCloseDate" -> m.nameOf("expectedClose");
			case "ownerId" -> m.nameOf("owner");
			case "companyId" -> m.nameOf("companyName");
			default -> MappedCells.column(field, m);
		};
	}
}
