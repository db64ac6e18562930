package dev.custodian.company;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.shared.AddressForm;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompanyTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static Company validate(CompanyForm form) {
		return Company.from(form, new CompanyId(UUID.randomUUID()), NOW, NOW, 0);
	}

	@Test
	void normalisesDomainWebsiteAndPhone() {
		Company company = validate(new CompanyForm("Acme", "ACME.example", "Tools", "11-50", "030 1234567",
				"www.acme.example", new AddressForm(null, "Berlin", null, "DE")));
		assertThat(company.domain()).isEqualTo("acme.example");
		assertThat(company.website()).isEqualTo("https://www.acme.example");
		assertThat(company.phone()).isEqualTo("+49301234567");
		assertThat(company.sizeBand()).isEqualTo(CompanySizeBand.SMALL);
	}

	@Test
	void reportsEveryInvalidField() {
		assertThatThrownBy(() -> validate(new CompanyForm(" ", "not a domain", null, "huge", "1", "ftp://x.example",
				new AddressForm(null, null, null, "ZZ"))))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.violations())
				.extracting(FieldViolation::field)
				.containsExactlyInAnyOrder("name", "domain", "sizeBand", "phone", "website", "address.country"));
	}
}
