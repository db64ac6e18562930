package dev.custodian.company;

import dev.custodian.shared.AddressForm;
import org.jspecify.annotations.Nullable;

/**
 * A company as typed into a form or sent as JSON, before validation.
 */
public record CompanyForm(@Nullable String name, @Nullable String domain, @Nullable String industry,
		@Nullable String sizeBand, @Nullable String phone, @Nullable String website, @Nullable AddressForm address) {

	public static CompanyForm empty() {
		return new CompanyForm(null, null, null, null, null, null, AddressForm.EMPTY);
	}

	public static CompanyForm of(Company company) {
		return new CompanyForm(company.name(), company.domain(), company.industry(),
				company.sizeBand() == null ? null : company.sizeBand().code(), company.phone(), company.website(),
				AddressForm.of(company.address()));
	}

	public AddressForm addressOrEmpty() {
		return address == null ? AddressForm.EMPTY : address;
	}
}
