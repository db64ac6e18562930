package dev.custodian.deal;

import java.util.List;
import java.util.UUID;

import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.AddressForm;
import dev.custodian.support.SubjectFixture;

/**
 * A person taking part in a deal, as a decision maker, through the services an API client or page would use.
 */
class DealSubjectFixture implements SubjectFixture {

	private final ContactManagement contacts;

	private final DealManagement deals;

	private final Pipelines pipelines;

	private final UserManagement users;

	DealSubjectFixture(ContactManagement contacts, DealManagement deals, Pipelines pipelines, UserManagement users) {
		this.contacts = contacts;
		this.deals = deals;
		this.pipelines = pipelines;
		this.users = users;
	}

	@Override
	public String module() {
		return "deal";
	}

	@Override
	public UUID createFullyFilledSubject() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID person = contacts.create(new ContactForm("Deal", "Person-" + tag, "deal-" + tag + "@example.org", null,
				null, null, null, "customer", null, new AddressForm(null, null, null, null))).subjectId();
		Pipeline sales = pipelines.all().get(0);
		deals.create(new DealForm("Filled deal " + tag, "1000.00", "EUR", sales.id().toString(),
				sales.stages().get(0).id().toString(), users.activeUsers().get(0).id().toString(), null,
				List.of(new DealForm.Participant(person.toString(), "decision-maker")), null, null, "2027-06-30", null));
		return person;
	}
}
