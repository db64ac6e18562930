package dev.custodian.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.shared.AddressForm;
import dev.custodian.support.SubjectFixture;

/**
 * A contact with a task about them, title and description filled, through the services the pages use.
 */
class TaskSubjectFixture implements SubjectFixture {

	private final ContactManagement contacts;

	private final TaskManagement tasks;

	TaskSubjectFixture(ContactManagement contacts, TaskManagement tasks) {
		this.contacts = contacts;
		this.tasks = tasks;
	}

	@Override
	public String module() {
		return "task";
	}

	@Override
	public UUID createFullyFilledSubject() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID contact = contacts.create(new ContactForm("Tasked", "Person-" + tag, "tasked-" + tag + "@example.org",
				null, null, null, null, "customer", null, AddressForm.EMPTY)).subjectId();
		tasks.create(new TaskForm("Call about the renewal", "Prefers mornings", Instant.now().plus(1, ChronoUnit.DAYS),
				null, "high", "contact", contact));
		return contact;
	}
}
