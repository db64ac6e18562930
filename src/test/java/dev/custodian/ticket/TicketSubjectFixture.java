package dev.custodian.ticket;

import java.util.List;
import java.util.UUID;

import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.shared.AddressForm;
import dev.custodian.support.SubjectFixture;

/**
 * A requester with a ticket whose subject and description are filled, through the services a page would use.
 */
class TicketSubjectFixture implements SubjectFixture {

	private final ContactManagement contacts;

	private final TicketManagement tickets;

	TicketSubjectFixture(ContactManagement contacts, TicketManagement tickets) {
		this.contacts = contacts;
		this.tickets = tickets;
	}

	@Override
	public String module() {
		return "ticket";
	}

	@Override
	public UUID createFullyFilledSubject() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID requester = contacts.create(new ContactForm("Tess", "Ticket-" + tag, "tess-" + tag + "@example.org",
				null, null, null, null, "customer", null, new AddressForm(null, null, null, null)))
			.subjectId();
		tickets.create(new TicketForm("Filled subject " + tag, "Every field filled", null, "high", "email",
				requester.toString(), null, List.of("filled")));
		return requester;
	}
}
