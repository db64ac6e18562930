package dev.custodian.contact;

import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.AddressForm;
import org.jspecify.annotations.Nullable;

/**
 * A contact as typed into a form or sent as JSON, before validation. Ids are kept as text so a malformed one
 * is reported as an invalid field, like any other mistake.
 *
 * @param customFields the values of the contact's custom fields, keyed by field key; every field the user may fill,
 * so one left out has no value afterwards
 */
public record ContactForm(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
		@Nullable String phone, @Nullable String jobTitle, @Nullable String companyId, @Nullable String ownerId,
		@Nullable String lifecycleStage, @Nullable String source, @Nullable AddressForm address,
		@Nullable CustomValues customFields) {

	/** A form without custom field values. */
	public ContactForm(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
			@Nullable String phone, @Nullable String jobTitle, @Nullable String companyId, @Nullable String ownerId,
			@Nullable String lifecycleStage, @Nullable String source, @Nullable AddressForm address) {
		this(firstName, lastName, email, phone, jobTitle, companyId, ownerId, lifecycleStage, source, address, null);
	}

	public static ContactForm empty() {
		return new ContactForm(null, null, null, null, null, null, null, null, null, AddressForm.EMPTY);
	}

	public static ContactForm of(Contact c) {
		return new ContactForm(c.firstName(), c.lastName(), c.email(), c.phone(), c.jobTitle(),
				c.companyId() == null ? null : c.companyId().toString(),
				c.ownerId() == null ? null : c.ownerId().toString(), c.lifecycleStage().code(), c.source(),
				AddressForm.of(c.address()));
	}

	public ContactForm withOwnerId(@Nullable String owner) {
		return new ContactForm(firstName, lastName, email, phone, jobTitle, companyId, owner, lifecycleStage, source,
				address, customFields);
	}

	public ContactForm withLifecycleStage(@Nullable String stage) {
		return new ContactForm(firstName, lastName, email, phone, jobTitle, companyId, ownerId, stage, source,
				address, customFields);
	}

	/** The same form with another phone number, as typed or as shown to people. */
	public ContactForm withPhone(@Nullable String phone) {
		return new ContactForm(firstName, lastName, email, phone, jobTitle, companyId, ownerId, lifecycleStage, source,
				address, customFields);
	}

	/** The same form with these custom field values. */
	public ContactForm withCustomFields(@Nullable CustomValues values) {
		return new ContactForm(firstName, lastName, email, phone, jobTitle, companyId, ownerId, lifecycleStage, source,
				address, values);
	}

	public AddressForm addressOrEmpty() {
		return address == null ? AddressForm.EMPTY : address;
	}

	public CustomValues customFieldsOrNone() {
		return customFields == null ? CustomValues.NONE : customFields;
	}
}
