package dev.custodian.company;

import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.AddressForm;
import org.jspecify.annotations.Nullable;

/**
 * A company as typed into a form or sent as JSON, before validation.
 *
 * @param email the company's email address (a sole trader's is personal data, and every company's is sealed)
 * @param soleTrader whether the company is one person trading on their own account; {@code null} means no
 * @param customFields the values of the company's custom fields, keyed by field key; every field the user may fill,
 * so one left out has no value afterwards
 */
public record CompanyForm(@Nullable String name, @Nullable String domain, @Nullable String industry,
		@Nullable String sizeBand, @Nullable String phone, @Nullable String website, @Nullable AddressForm address,
		@Nullable String email, @Nullable Boolean soleTrader, @Nullable CustomValues customFields) {

	/** An organisation's form without an email address or custom field values. */
	public CompanyForm(@Nullable String name, @Nullable String domain, @Nullable String industry,
			@Nullable String sizeBand, @Nullable String phone, @Nullable String website, @Nullable AddressForm address) {
		this(name, domain, industry, sizeBand, phone, website, address, null, null, null);
	}

	/** A form without custom field values. */
	public CompanyForm(@Nullable String name, @Nullable String domain, @Nullable String industry,
			@Nullable String sizeBand, @Nullable String phone, @Nullable String website, @Nullable AddressForm address,
			@Nullable String email, @Nullable Boolean soleTrader) {
		this(name, domain, industry, sizeBand, phone, website, address, email, soleTrader, null);
	}

	public static CompanyForm empty() {
		return new CompanyForm(null, null, null, null, null, null, AddressForm.EMPTY, null, null);
	}

	public static CompanyForm of(Company company) {
		return new CompanyForm(company.name(), company.domain(), company.industry(),
				company.sizeBand() == null ? null : company.sizeBand().code(), company.phone(), company.website(),
				AddressForm.of(company.address()), company.email(), company.soleTrader());
	}

	/** The same form with these custom field values. */
	public CompanyForm withCustomFields(@Nullable CustomValues values) {
		return new CompanyForm(name, domain, industry, sizeBand, phone, website, address, email, soleTrader, values);
	}

	public AddressForm addressOrEmpty() {
		return address == null ? AddressForm.EMPTY : address;
	}

	public CustomValues customFieldsOrNone() {
		return customFields == null ? CustomValues.NONE : customFields;
	}
}
