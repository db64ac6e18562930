package dev.custodian.contact.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
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
 * The contact list as a table: every standard field, then each custom field the caller may see (special-category
 * fields only with their grant, as {@link CustomFields} decides), read through {@link ContactManagement} so
 * restricted people and other owners' contacts stay out exactly as in the list.
 */
@Component
class ContactExport implements ListExport {

	private static final List<String> STANDARD = List.of("ID", "First name", "Last name", "Email", "Phone",
			"Job title", "Company ID", "Company", "Owner ID", "Lifecycle stage", "Source", "Street", "City",
			"Postal code", "Country", "Restricted", "Created", "Updated");

	private final ContactManagement contacts;

	private final CompanyManagement companies;

	private final CustomFields customFields;

	ContactExport(ContactManagement contacts, CompanyManagement companies, CustomFields customFields) {
		this.contacts = contacts;
		this.companies = companies;
		this.customFields = customFields;
	}

	@Override
	public String recordType() {
		return "contact";
	}

	@Override
	public String collection() {
		return "contacts";
	}

	@Override
	public ListCount count(Map<String, String[]> filters) {
		return contacts.count(ContactListParameters.query(filters, customFields));
	}

	@Override
	public Run start(Map<String, String[]> filters, ExportPurpose purpose) {
		ContactQuery query = ContactListParameters.query(filters, customFields);
		List<CustomField> fields = customFields.fieldsOf(ContactManagement.RECORD_TYPE);
		List<String> header = new ArrayList<>(STANDARD);
		fields.forEach(field -> header.add(field.label()));
		return new PagedExportRun<>(header, page -> contacts.exportPage(query.withPage(page), purpose),
				page -> rows(page, fields));
	}

	private List<List<String>> rows(List<Contact> page, List<CustomField> fields) {
		Map<UUID, CustomValues> values = customFields.valuesOf(ContactManagement.RECORD_TYPE,
				page.stream().map(c -> c.id().value()).toList());
		Map<CompanyId, String> names = companies.names(page.stream().map(Contact::companyId)
			.filter(Objects::nonNull).toList());
		List<List<String>> rows = new ArrayList<>(page.size());
		for (Contact c : page) {
			List<Object> cells = new ArrayList<>(List.of(c.id().value(), text(c.firstName()), text(c.lastName()),
					text(c.email()), text(c.phone()), text(c.jobTitle()), text(c.companyId()),
					text(c.companyId() == null ? null : names.get(c.companyId())), text(c.ownerId()),
					c.lifecycleStage().code(), text(c.source()), text(c.address().street()), text(c.address().city()),
					text(c.address().postalCode()), text(c.address().country()), c.restricted(), c.createdAt(),
					c.updatedAt()));
			CustomValues custom = values.getOrDefault(c.id().value(), CustomValues.NONE);
			fields.forEach(field -> cells.add(text(custom.get(field.key()))));
			rows.add(cells.stream().map(ExportCells::of).toList());
		}
		return rows;
	}

	/** A nullable value as a cell's input: ids by their value, nothing as an empty cell. */
	private static Object text(@org.jspecify.annotations.Nullable Object value) {
		if (value instanceof CompanyId id) {
			return id.value();
		}
		if (value instanceof dev.custodian.identity.UserId id) {
			return id.value();
		}
		return value == null ? "" : value;
	}
}
