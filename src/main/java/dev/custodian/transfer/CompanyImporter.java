package dev.custodian.transfer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.company.CompanyForm;
import dev.custodian.company.CompanyImports;
import dev.custodian.company.CompanyManagement;
import dev.custodian.customfield.CustomFields;
import dev.custodian.shared.AddressForm;
import dev.custodian.transfer.csv.CsvRow;
import dev.custodian.transfer.csv.ImportValues;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Company rows: name, domain, website, industry, size (a head count or a band), phone, email, address with a
 * country by name or code, and custom fields. A row matches a stored company by domain, then by name.
 */
@Component
class CompanyImporter implements RecordImporter {

	static final List<String> TARGETS = List.of("name", "domain", "website", "industry", "sizeBand", "phone", "email",
			"street", "city", "postalCode", "country");

	private final CompanyImports companies;

	private final CustomFields customFields;

	private final ImportSettings settings;

	CompanyImporter(CompanyImports companies, CustomFields customFields, ImportSettings settings) {
		this.companies = companies;
		this.customFields = customFields;
		this.settings = settings;
	}

	@Override
	public String recordType() {
		return CompanyManagement.RECORD_TYPE;
	}

	@Override
	public List<String> targets() {
		return TARGETS;
	}

	@Override
	public List<String> mappingProblems(ImportMapping mapping) {
		return mapping.maps("name") ? List.of() : List.of("Map a column to the company's name: a company needs one");
	}

	private record Row(CompanyForm form, List<ImportRowError> errors) {
	}

	private Row read(CsvRow row, ImportMapping m, String charset) {
		List<ImportRowError> errors = new ArrayList<>(RowErrors.ofReading(row, m, charset, settings.maxCellChars()));
		List<String> cells = row.cells();
		String size = m.cell(cells, "sizeBand");
		if (size != null) {
			String band = ImportValues.sizeBand(size).orElse(null);
			if (band == null) {
				errors.add(new ImportRowError(row.line(), m.nameOf("sizeBand"),
						"is not a head count or a size band such as 11-50"));
			}
			size = band;
		}
		String domain = m.cell(cells, "domain");
		AddressForm address = MappedCells.address(row, m, errors);
		Map<String, String> custom = MappedCells.custom(row, m);
		CompanyForm form = new CompanyForm(m.cell(cells, "name"),
				domain == null ? null : domain.toLowerCase(java.util.Locale.ROOT), m.cell(cells, "industry"), size,
				m.cell(cells, "phone"), m.cell(cells, "website"),
				address,
				m.cell(cells, "email"), null, custom.isEmpty() ? null : customFields.fromCells(recordType(), custom));
		return new Row(form, errors);
	}

	@Override
	public List<Checked> check(List<CsvRow> rows, ImportMapping mapping, boolean matchPhone, String charset) {
		List<Row> read = rows.stream().map(row -> read(row, mapping, charset)).toList();
		List<CompanyImports.Checked> checked = companies.check(read.stream().map(Row::form).toList());
		List<Checked> result = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			List<ImportRowError> errors = new ArrayList<>(read.get(i).errors());
			errors.addAll(RowErrors.ofViolations(rows.get(i).line(), checked.get(i).problems(),
					f -> column(f, mapping)));
			result.add(new Checked(errors, checked.get(i).matched() != null, false, checked.get(i).key(), null));
		}
		return result;
	}

	@Override
	public List<Stored> store(List<CsvRow> rows, ImportMapping mapping, String duplicates, boolean matchPhone,
			UUID job, String charset) {
		List<Row> read = rows.stream().map(row -> read(row, mapping, charset)).toList();
		List<Stored> stored = new ArrayList<>(rows.size());
		List<CompanyForm> forms = new ArrayList<>();
		List<Integer> storable = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			stored.add(new Stored(Effect.REJECTED, read.get(i).errors()));
			if (read.get(i).errors().isEmpty()) {
				storable.add(i);
				forms.add(read.get(i).form());
			}
		}
		List<CompanyImports.Outcome> outcomes = companies.store(forms, formFields(mapping),
				CompanyImports.Duplicates.valueOf(duplicates.toUpperCase(java.util.Locale.ROOT)), "import:" + job,
				job);
		for (int k = 0; k < storable.size(); k++) {
			int i = storable.get(k);
			CompanyImports.Outcome outcome = outcomes.get(k);
			stored.set(i, new Stored(Effect.valueOf(outcome.effect().name()),
					RowErrors.ofViolations(rows.get(i).line(), outcome.problems(), f -> column(f, mapping))));
		}
		return stored;
	}

	static Set<String> formFields(ImportMapping mapping) {
		Set<String> fields = new LinkedHashSet<>();
		for (String target : mapping.mapped()) {
			String field = MappedCells.formField(target);
			fields.add(field != null ? field : target);
		}
		return fields;
	}

	static @Nullable String column(String field, ImportMapping m) {
		return MappedCells.column(field, m);
	}
}
