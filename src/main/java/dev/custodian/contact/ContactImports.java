package dev.custodian.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts from a file, by the same rules as a contact typed in: {@link #check} says what rows would do without
 * storing anything (the dry run), {@link #store} stores them in the caller's transaction (a batch of an import job,
 * so a batch is all stored or not at all). A row matching a stored contact, by email or optionally by phone, is
 * skipped, updates that contact (only the fields the file maps), or is created anyway where the email allows it.
 * Every contact created gets its own data key, search tokens and the file as its origin; audit entries name the
 * subjects of each batch, with the import job as the resource.
 */
@Service
public class ContactImports {

	/** The audit trail's subject lists stay short: one entry per this many subjects. */
	private static final int AUDIT_CHUNK = 150;

	private final ContactManagement management;

	private final Contacts contacts;

	private final CustomFields customFields;

	private final ContactScope scope;

	private final AuditLog audit;

	ContactImports(ContactManagement management, Contacts contacts, CustomFields customFields, ContactScope scope,
			AuditLog audit) {
		this.management = management;
		this.contacts = contacts;
		this.customFields = customFields;
		this.scope = scope;
		this.audit = audit;
	}

	/** What to do with a row that matches a stored contact. */
	public enum Duplicates {

		/** Leave the stored contact as it is. */
		SKIP,
		/** Change the stored contact's mapped fields to the row's values. */
		UPDATE,
		/** Create a new contact all the same, where the email allows (an email belongs to one contact only). */
		CREATE
	}

	/** What a row did. */
	public enum Effect {
		CREATED, UPDATED, SKIPPED, REJECTED
	}

	/**
	 * A row checked without storing it.
	 * @param problems what is wrong with it, by form field ({@code email}, {@code address.country},
	 * {@code customFields.region}, …); empty when it can be stored
	 * @param matched the stored contact it matches, if any
	 * @param byPhoneOnly whether it matches by phone number only (its email, if any, matches no contact)
	 * @param email the email it would be stored with, normalised, for finding repeated rows within a file
	 * @param phone the phone number it would be stored with (E.164)
	 */
	public record Checked(List<FieldViolation> problems, @Nullable ContactId matched, boolean byPhoneOnly,
			@Nullable String email,
			@Nullable String phone) {
	}

	/**
	 * What a stored row did.
	 * @param problems why it was rejected, by form field
	 */
	public record Outcome(Effect effect, @Nullable ContactId contact, List<FieldViolation> problems) {
	}

	/** Checks rows as the dry run of an import: nothing is stored and nothing audited (no personal data is read). */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional(readOnly = true)
	public List<Checked> check(List<ContactForm> rows, boolean matchPhone) {
		Instant now = DbTime.now();
		List<Checked> checked = new ArrayList<>(rows.size());
		for (ContactForm form : rows) {
			try {
				Contact contact = management.validated(form, new ContactId(Ids.newId()), now, now, 0, null);
				Optional<UUID> byEmail = byEmail(contact);
				Optional<UUID> matched = byEmail.isPresent() ? byEmail : byPhone(contact, matchPhone);
				checked.add(new Checked(List.of(), matched.map(ContactId::new).orElse(null),
						matched.isPresent() && byEmail.isEmpty(),
						contact.email() == null ? null : contact.email().toLowerCase(java.util.Locale.ROOT),
						contact.phone()));
			}
			catch (InvalidInputException ex) {
				checked.add(new Checked(ex.violations(), null, false, null, null));
			}
		}
		return checked;
	}

	/**
	 * Stores rows in the caller's transaction and says what each did.
	 * @param fields the form fields the file maps ({@code firstName}, {@code address.city},
	 * {@code customFields.region}, …): an update changes these only
	 * @param origin where the rows came from, recorded with each contact created ({@code import:<job id>})
	 * @param job the import job, named by the audit entries
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional
	public List<Outcome> store(List<ContactForm> rows, Set<String> fields, Duplicates duplicates, boolean matchPhone,
			String origin, UUID job) {
		Instant now = DbTime.now();
		List<Outcome> outcomes = new ArrayList<>(rows.size());
		List<UUID> created = new ArrayList<>();
		List<UUID> updated = new ArrayList<>();
		for (ContactForm form : rows) {
			Outcome outcome = storeOne(form, fields, duplicates, matchPhone, now);
			outcomes.add(outcome);
			if (outcome.effect() == Effect.CREATED) {
				created.add(outcome.contact().value());
			}
			else if (outcome.effect() == Effect.UPDATED) {
				updated.add(outcome.contact().value());
			}
		}
		contacts.markOrigin(created, origin);
		audited(AuditAction.CREATE, job, created);
		audited(AuditAction.UPDATE, job, updated);
		return outcomes;
	}

	private Outcome storeOne(ContactForm form, Set<String> fields, Duplicates duplicates, boolean matchPhone,
			Instant now) {
		Contact contact;
		try {
			contact = management.validated(form, new ContactId(Ids.newId()), now, now, 0, null);
		}
		catch (InvalidInputException ex) {
			return rejected(ex.violations());
		}
		Optional<UUID> byEmail = byEmail(contact);
		Optional<UUID> matched = byEmail.isPresent() ? byEmail : byPhone(contact, matchPhone);
		if (matched.isPresent()) {
			if (duplicates == Duplicates.UPDATE) {
				return update(new ContactId(matched.get()), form, fields, now);
			}
			if (duplicates == Duplicates.SKIP || byEmail.isPresent()) {
				return new Outcome(Effect.SKIPPED, new ContactId(matched.get()), List.of());
			}
		}
		if (contact.ownerId() == null && ContactManagement.currentUser() != null) {
			contact = ContactManagement.withOwner(contact, ContactManagement.currentUser());
		}
		contacts.insert(contact);
		customFields.store(ContactManagement.RECORD_TYPE, contact.id().value(), contact.subjectId(),
				form.customFieldsOrNone());
		return new Outcome(Effect.CREATED, contact.id(), List.of());
	}

	/** Changes the mapped fields of a stored contact, by the rules of an edit; restricted contacts refuse. */
	private Outcome update(ContactId id, ContactForm row, Set<String> fields, Instant now) {
		Contact current = contacts.lockedById(id.value()).orElse(null);
		if (current == null || !scope.now().owns(current)) {
			return rejected(List.of(new FieldViolation("email",
					"matches a contact you may not change (another owner's)")));
		}
		if (current.restricted()) {
			return rejected(List.of(new FieldViolation("email",
					"matches a contact whose processing is restricted (Art. 18): it is only stored, not changed")));
		}
		CustomValues stored = customFields.valuesOf(ContactManagement.RECORD_TYPE, id.value());
		ContactForm merged = ImportedFields.merge(ContactForm.of(current).withCustomFields(stored), row, fields);
		Contact changed;
		try {
			changed = management.validated(merged, id, current.createdAt(), now, current.version() + 1, current);
		}
		catch (InvalidInputException ex) {
			return rejected(ex.violations());
		}
		if (!contacts.update(changed, current.version())) {
			return rejected(List.of(new FieldViolation("email", "matches a contact changed at the same moment")));
		}
		customFields.store(ContactManagement.RECORD_TYPE, id.value(), changed.subjectId(),
				merged.customFieldsOrNone());
		return new Outcome(Effect.UPDATED, id, List.of());
	}

	private Optional<UUID> byEmail(Contact contact) {
		return contact.email() == null ? Optional.empty() : contacts.idByEmail(contact.email());
	}

	private Optional<UUID> byPhone(Contact contact, boolean matchPhone) {
		return !matchPhone || contact.phone() == null ? Optional.empty() : contacts.idByPhone(contact.phone());
	}

	private void audited(AuditAction action, UUID job, List<UUID> subjects) {
		for (int from = 0; from < subjects.size(); from += AUDIT_CHUNK) {
			audit.record(action, "contact-import", job,
					subjects.subList(from, Math.min(subjects.size(), from + AUDIT_CHUNK)));
		}
	}

	private static Outcome rejected(List<FieldViolation> problems) {
		return new Outcome(Effect.REJECTED, null, problems);
	}
}
