package dev.custodian.customfield;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.catalog.DataCategory;
import dev.custodian.company.CompanyForm;
import dev.custodian.company.CompanyManagement;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.identity.Role;
import dev.custodian.identity.SpecialCategoryGrants;
import dev.custodian.shared.AddressForm;
import dev.custodian.support.SubjectFixture;
import org.jspecify.annotations.Nullable;

/**
 * A contact and a sole trader, each with a value in every custom field of its record type (a personal one of each is
 * added first, so there is always one), through the services the pages use. The administrator is granted every
 * special category while the values are set, so special-category fields are filled too.
 */
class CustomFieldSubjectFixture implements SubjectFixture {

	private final CustomFieldManagement management;

	private final CustomFields customFields;

	private final ContactManagement contacts;

	private final CompanyManagement companies;

	private final SpecialCategoryGrants grants;

	CustomFieldSubjectFixture(CustomFieldManagement management, CustomFields customFields,
			ContactManagement contacts, CompanyManagement companies, SpecialCategoryGrants grants) {
		this.management = management;
		this.customFields = customFields;
		this.contacts = contacts;
		this.companies = companies;
		this.grants = grants;
	}

	@Override
	public String module() {
		return "customfield";
	}

	@Override
	public UUID createFullyFilledSubject() {
		return createFullyFilledSubjects().get(0);
	}

	@Override
	public List<UUID> createFullyFilledSubjects() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Set<DataCategory> before = grants.all().get(Role.ADMIN);
		grants.grant(Role.ADMIN, SpecialCategoryGrants.SPECIAL);
		try {
			for (String recordType : List.of("contact", "company")) {
				management.create(new CustomFieldForm(recordType, "fixture_" + tag, "Fixture " + tag, "text", false,
						null, List.of(), true, "identity.name", null));
			}
			UUID contact = contacts.create(new ContactForm("Custom", "Filled" + tag, "custom-" + tag + "@example.org",
					null, null, null, null, null, null, AddressForm.EMPTY).withCustomFields(filled("contact")))
				.subjectId();
			UUID company = companies.create(new CompanyForm("Custom Filled " + tag, null, null, null, null, null,
					AddressForm.EMPTY, null, true).withCustomFields(filled("company")))
				.id()
				.value();
			return List.of(contact, company);
		}
		finally {
			grants.grant(Role.ADMIN, before);
		}
	}

	/** A value for every field of the record type, of the field's type. */
	private CustomValues filled(String recordType) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		for (CustomField field : customFields.fieldsOf(recordType)) {
			values.put(field.key(), switch (field.type()) {
				case TEXT, LONG_TEXT -> "Filled";
				case NUMBER -> 7L;
				case DECIMAL -> new BigDecimal("1.5");
				case DATE -> "2026-01-31";
				case BOOLEAN -> Boolean.TRUE;
				case CHOICE -> field.options().get(0);
				case MULTI_CHOICE -> List.of(field.options().get(0));
				case EMAIL -> "filled@example.org";
				case PHONE -> "+442079460958";
				case URL -> "https://filled.example";
			});
		}
		return new CustomValues(values);
	}
}
