package dev.custodian.contact;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.custodian.company.CompanyId;
import dev.custodian.identity.UserId;
import dev.custodian.shared.AddressForm;
import dev.custodian.shared.Ids;
import dev.custodian.shared.PhoneNumbers;
import dev.custodian.shared.PostalAddress;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * A person. Built only from a validated form, so a stored contact always satisfies the rules below: a name or
 * an email, a well-formed email, an E.164 phone number, an ISO country.
 *
 * @param restrictedAt since when processing is restricted (Art. 18); null when it is not
 */
public record Contact(ContactId id, @Nullable String firstName, @Nullable String lastName, @Nullable String email,
		@Nullable String phone, @Nullable String jobTitle, @Nullable CompanyId companyId, @Nullable UserId ownerId,
		LifecycleStage lifecycleStage, @Nullable String source, PostalAddress address, Instant createdAt,
		Instant updatedAt, long version, @Nullable Instant restrictedAt) {

	private static final Pattern EMAIL = Pattern
		.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}");

	/** The data subject this contact is: the same UUID as its id. */
	public UUID subjectId() {
		return id.value();
	}

	/**
	 * Whether processing is restricted (Art. 18): the contact is only stored, refuses changes and is left out of
	 * lists for everyone but the data-protection officer, until the restriction is lifted.
	 */
	public boolean restricted() {
		return restrictedAt != null;
	}

	/** "First Last", or the email when there is no name. */
	public String displayName() {
		String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
		return name.isEmpty() ? (email == null ? "" : email) : name;
	}

	/**
	 * Checks a form and returns the validated contact. References to the company and owner are checked for form
	 * here; whether they exist is for the caller, who can see other modules.
	 * @throws dev.custodian.shared.InvalidInputException naming every invalid field
	 */
	static Contact from(ContactForm form, ContactId id, Instant createdAt, Instant updatedAt, long version,
			Violations violations) {
		String firstName = Text.limited(form.firstName(), 100, "firstName", violations);
		String lastName = Text.limited(form.lastName(), 100, "lastName", violations);
		String email = Text.clean(form.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			violations.add("email", "must be an email address such as name@example.com");
		}
		if (firstName == null && lastName == null && email == null) {
			violations.add("firstName", "give a first name, a last name or an email");
			violations.add("lastName", "give a first name, a last name or an email");
		}
		AddressForm a = form.addressOrEmpty();
		PostalAddress address = PostalAddress.of(a.street(), a.city(), a.postalCode(), a.country(), "address.",
				violations);
		String phone = Text.clean(form.phone());
		if (phone != null) {
			String country = violations.has("address.country") ? null : address.country();
			phone = PhoneNumbers.toE164(phone, country).orElse(null);
			if (phone == null) {
				violations.add("phone", "must be a valid phone number; start with + and the country code, "
						+ "or set the country");
			}
		}
		String jobTitle = Text.limited(form.jobTitle(), 200, "jobTitle", violations);
		String source = Text.limited(form.source(), 100, "source", violations);
		LifecycleStage stage = LifecycleStage.LEAD;
		String rawStage = Text.clean(form.lifecycleStage());
		if (rawStage != null) {
			stage = LifecycleStage.fromCode(rawStage).orElse(LifecycleStage.LEAD);
			if (LifecycleStage.fromCode(rawStage).isEmpty()) {
				violations.add("lifecycleStage", "must be one of " + LifecycleStage.codes());
			}
		}
		CompanyId company = reference(form.companyId(), "companyId", violations, CompanyId::new);
		UserId owner = reference(form.ownerId(), "ownerId", violations, UserId::new);
		return new Contact(id, firstName, lastName, email, phone, jobTitle, company, owner, stage, source, address,
				createdAt, updatedAt, version, null);
	}

	private static <T> @Nullable T reference(@Nullable String raw, String field, Violations violations,
			java.util.function.Function<UUID, T> wrap) {
		String text = Text.clean(raw);
		if (text == null) {
			return null;
		}
		UUID uuid = Ids.parseOrNull(text);
		if (uuid == null) {
			violations.add(field, "must be a UUID");
			return null;
		}
		return wrap.apply(uuid);
	}
}
