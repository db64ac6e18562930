package dev.custodian.activity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.shared.AddressForm;
import dev.custodian.support.SubjectFixture;

/**
 * A contact who attended a meeting with a subject, notes and a location: every personal field of the activity
 * tables filled, through the services a page or API client would use.
 */
class ActivitySubjectFixture implements SubjectFixture {

	private final ContactManagement contacts;

	private final Activities activities;

	ActivitySubjectFixture(ContactManagement contacts, Activities activities) {
		this.contacts = contacts;
		this.activities = activities;
	}

	@Override
	public String module() {
		return "activity";
	}

	@Override
	public UUID createFullyFilledSubject() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID subject = contacts.create(new ContactForm("Met", "Attendee-" + tag, null, null, null, null, null,
				"lead", null, AddressForm.EMPTY)).subjectId();
		Instant start = Instant.parse("2026-05-06T13:00:00Z");
		activities.create(new ActivityForm("meeting", "Kick-off " + tag, "Minutes " + tag, start,
				start.plusSeconds(3600), null, null, null, "Room " + tag, List.of(), null, null, null, List.of(subject),
				List.of()));
		return subject;
	}
}
