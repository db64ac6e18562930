package dev.custodian.company.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.ExportCells;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListExport;
import dev.custodian.shared.PagedExportRun;
import org.springframework.stereotype.Component;

/**
 * The company list as a table: every standard field, then each custom field the caller may see, read through
 * {@link CompanyManagement} so restricted sole traders stay out exactly as in the list.
 */
@Component
class CompanyExport implements ListExport {

	private static final List<String> STANDARD = List.of("ID", "Name", "Sole trader", "Domain", "Industry",
			"Size", "Phone", "Email", "Website", "Street", "City", "Postal code", "Country", "Restricted", "Created",
			"Updated");

	private final CompanyManagement companies;

	private final CustomFields customFields;

	CompanyExport(CompanyManagement companies, CustomFields customFields) {
		this.companies = companies;
		this.customFields = customFields;
	}

	@Override
	public String recordType() {
		return "company";
	}

	@Override
	public String collection() {
		return "companies";
	}

	@Override
	public ListCount count(Map<String, String[]> filters) {
		return companies.count(CompanyListParameters.query(filters, customFields));
	}

	@Override
	public Run start(Map<String, String[]> filters, ExportPurpose purpose) {
		CompanyQuery query = CompanyListParameters.query(filters, customFields);
		List<CustomField> fields = customFields.fieldsOf(CompanyManagement.RECORD_TYPE);
		List<String> header = new ArrayList<>(STANDARD);
		fields.forEach(field -> header.add(field.label()));
		return new PagedExportRun<>(header, page -> companies.exportPage(query.withPage(page), purpose),
				page -> rows(page, fields));
	}

	private List<List<String>> rows(List<Company> page, List<CustomField> fields) {
		Map<UUID, CustomValues> values = customFields.valuesOf(CompanyManagement.RECORD_TYPE,
				page.stream().map(c -> c.id().value()).toList());
		List<List<String>> rows = new ArrayList<>(page.size());
		for (Company c : page) {
			List<Object> cells = new ArrayList<>(List.of(c.id().value(), c.name(), c.soleTrader()));
			for (Object value : new Object[] { c.domain(), c.industry(), c.sizeBand() == null ? null : c.sizeBand().code(),
					c.phone(), c.email(), c.website(), c.address().street(), c.address().city(),
					c.address().postalCode(), c.address().country() }) {
				cells.add(value == null ? "" : value);
			}
			cells.addAll(List.of(c.restricted(), c.createdAt(), c.updatedAt()));
			CustomValues custom = values.getOrDefault(c.id().value(), CustomValues.NONE);
			fields.forEach(field -> cells.add(ExportCells.of(custom.get(field.key()))));
			rows.add(cells.stream().map(ExportCells::of).toList());
		}
		return rows;
	}
}
