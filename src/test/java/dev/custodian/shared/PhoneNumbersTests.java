package dev.custodian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneNumbersTests {

	@Test
	void normalisesInternationalAndNationalNumbersToE164() {
		assertThat(PhoneNumbers.toE164("+44 20 7946 0958", null)).contains("+442079460958");
		assertThat(PhoneNumbers.toE164("030 1234567", "DE")).contains("+49301234567");
		assertThat(PhoneNumbers.toE164("(030) 123-4567", "DE")).contains("+49301234567");
	}

	@Test
	void rejectsNationalNumbersWithoutACountryAndNonsense() {
		assertThat(PhoneNumbers.toE164("030 1234567", null)).isEmpty();
		assertThat(PhoneNumbers.toE164("12", "DE")).isEmpty();
		assertThat(PhoneNumbers.toE164("call me", "GB")).isEmpty();
	}
}
