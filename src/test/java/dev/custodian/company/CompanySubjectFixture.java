package dev.custodian.company;

import java.util.UUID;

import dev.custodian.shared.AddressForm;
import dev.custodian.support.SubjectFixture;

/**
 * A sole trader with every personal field filled, through the service an API client or page would use.
 */
class CompanySubjectFixture implements SubjectFixture {

	private final CompanyManagement companies;

	CompanySubjectFixture(CompanyManagement companies) {
		this.companies = companies;
	}

	@Override
	public String module() {
		return "company";
	}

	@Override
	public UUID createFullyFilledSubject() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Company created = companies.create(new CompanyForm("Filled Trading " + tag, "filled-" + tag + ".example",
				"Carpentry", "1-10", "+44 20 7946 0100", "https://filled-" + tag + ".example",
				new AddressForm("2 Workshop Lane", "Leeds", "LS1 4AP", "GB"), "owner-" + tag + "@example.org", true));
		return java.util.Objects.requireNonNull(created.subjectId());
	}
}
