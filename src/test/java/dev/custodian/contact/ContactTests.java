package dev.custodian.contact;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.shared.AddressForm;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Violations;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContactTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private static Contact validate(ContactForm form, Violations violations) {
		return Contact.from(form, new ContactId(UUID.randomUUID()), NOW, NOW, 0, violations);
	}

	@Test
	void normalisesWhatPeopleType() {
		Violations violations = new Violations();
		Contact contact = validate(new ContactForm("  Ada ", "Lovelace", "ada@example.org", "020 7946 0958",
				"Analyst", null, null, "Marketing-Qualified", null, new AddressForm(" 1 Main St ", "London", "N1", "gb")),
				violations);
		assertThat(violations.list()).isEmpty();
		assertThat(contact.firstName()).isEqualTo("Ada");
		assertThat(contact.phone()).isEqualTo("+442079460958");
		assertThat(contact.address().country()).isEqualTo("GB");
		assertThat(contact.address().street()).isEqualTo("1 Main St");
		assertThat(contact.lifecycleStage()).isEqualTo(LifecycleStage.MARKETING_QUALIFIED);
	}

	@Test
	void newContactsStartAsLeads() {
		Violations violations = new Violations();
		Contact contact = validate(new ContactForm(null, null, "x@example.org", null, null, null, null, null, null,
				null), violations);
		assertThat(violations.isEmpty()).isTrue();
		assertThat(contact.lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
	}

	@Test
	void reportsEveryInvalidFieldAtOnce() {
		Violations violations = new Violations();
		validate(new ContactForm(null, null, "not-an-email", "12", "x".repeat(201), "nope", "also-nope", "vip", null,
				new AddressForm(null, null, null, "XX")), violations);
		assertThat(violations.list()).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("email", "phone", "jobTitle", "companyId", "ownerId", "lifecycleStage",
					"address.country");
	}

	@Test
	void needsANameOrAnEmail() {
		Violations violations = new Violations();
		validate(ContactForm.empty(), violations);
		assertThat(violations.list()).extracting(FieldViolation::field).containsExactly("firstName", "lastName");
	}

	@Test
	void messagesNeverRepeatTheRejectedValue() {
		Violations violations = new Violations();
		validate(new ContactForm("Zed", null, "secret-marker@@example", "+99 secret", null, null, null, null, null,
				null), violations);
		assertThat(violations.list()).isNotEmpty()
			.allSatisfy(v -> assertThat(v.message()).doesNotContain("secret"));
	}

	@Test
	void displayNameFallsBackToEmail() {
		Violations violations = new Violations();
		assertThat(validate(new ContactForm(null, null, "x@example.org", null, null, null, null, null, null, null),
				violations).displayName()).isEqualTo("x@example.org");
		assertThat(validate(new ContactForm("Ada", "Lovelace", null, null, null, null, null, null, null, null),
				violations).displayName()).isEqualTo("Ada Lovelace");
	}
}
