package dev.custodian.contact;

import java.util.UUID;

import dev.custodian.shared.AddressForm;
import dev.custodian.support.SubjectFixture;

/**
 * A contact with every personal field filled, through the service an API client or page would use.
 */
class ContactSubjectFixture implements SubjectFixture {

	private final ContactManagement contacts;

	ContactSubjectFixture(ContactManagement contacts) {
		this.contacts = contacts;
	}

	@Override
	public String module() {
		return "contact";
	}

	@Override
	public UUID createFullyFilledSubject() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return contacts.create(new ContactForm("Filled", "Everything-" + tag, "filled-" + tag + "@example.org",
				"+44 20 7946 0958", "Archivist", null, null, "customer", "Referral",
				new AddressForm("1 Full Street", "London", "N1 9GU", "GB")))
			.subjectId();
	}
}
