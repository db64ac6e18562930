package dev.custodian.contact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.vault.BlindIndex;
import dev.custodian.vault.Vault;
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

	private final Vault vault;

	private final CompanyManagement companyManagement;

	private final UserManagement users;

	ContactImports(ContactManagement management, Contacts contacts, CustomFields customFields, ContactScope scope,
			AuditLog audit, Vault vault, CompanyManagement companyManagement, UserManagement users) {
		this.vault = vault;
		this.companyManagement = companyManagement;
		this.users = users;
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
		ContactManagement.References references = references(rows);
		Contact[] valid = new Contact[rows.size()];
		List<List<FieldViolation>> problems = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			try {
				valid[i] = management.validated(rows.get(i), new ContactId(Ids.newId()), now, now, 0, null, references);
				problems.add(List.of());
			}
			catch (InvalidInputException ex) {
				problems.add(ex.violations());
			}
		}
		BlindIndex index = vault.index();
		Map<String, UUID> storedEmails = contacts.idsByEmailIndex(keys(valid, c -> Contacts.emailIndexOf(c, index)));
		Map<String, UUID> storedPhones = matchPhone
				? contacts.idsByPhoneIndex(keys(valid, c -> Contacts.phoneIndexOf(c, index))) : Map.of();
		List<Checked> checked = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			Contact contact = valid[i];
			if (contact == null) {
				checked.add(new Checked(problems.get(i), null, false, null, null));
				continue;
			}
			UUID byEmail = storedEmails.get(Contacts.emailIndexOf(contact, index));
			UUID byPhone = matchPhone ? storedPhones.get(Contacts.phoneIndexOf(contact, index)) : null;
			UUID matched = byEmail != null ? byEmail : byPhone;
			checked.add(new Checked(List.of(), matched == null ? null : new ContactId(matched),
					byEmail == null && byPhone != null,
					contact.email() == null ? null : contact.email().toLowerCase(java.util.Locale.ROOT),
					contact.phone()));
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
		ContactManagement.References references = references(rows);
		UserId me = ContactManagement.currentUser();
		Outcome[] outcomes = new Outcome[rows.size()];
		Contact[] valid = new Contact[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			try {
				Contact contact = management.validated(rows.get(i), new ContactId(Ids.newId()), now, now, 0, null,
						references);
				valid[i] = contact.ownerId() == null && me != null ? ContactManagement.withOwner(contact, me) : contact;
			}
			catch (InvalidInputException ex) {
				outcomes[i] = rejected(ex.violations());
			}
		}
		// rows matching nothing stored and no earlier row are written in bulk; the others one by one after them, in
		// order, so each finds what the rows before it stored
		BlindIndex index = vault.index();
		Map<String, UUID> storedEmails = contacts.idsByEmailIndex(keys(valid, c -> Contacts.emailIndexOf(c, index)));
		Map<String, UUID> storedPhones = matchPhone
				? contacts.idsByPhoneIndex(keys(valid, c -> Contacts.phoneIndexOf(c, index))) : Map.of();
		Set<String> seenEmails = new HashSet<>();
		Set<String> seenPhones = new HashSet<>();
		List<Contact> fresh = new ArrayList<>();
		List<Integer> freshRows = new ArrayList<>();
		List<Integer> matching = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (valid[i] == null) {
				continue;
			}
			String email = Contacts.emailIndexOf(valid[i], index);
			String phone = matchPhone ? Contacts.phoneIndexOf(valid[i], index) : null;
			boolean stored = email != null && storedEmails.containsKey(email)
					|| phone != null && storedPhones.containsKey(phone);
			boolean repeated = email != null && !seenEmails.add(email);
			repeated |= phone != null && !seenPhones.add(phone);
			if (stored || repeated) {
				matching.add(i);
			}
			else {
				fresh.add(valid[i]);
				freshRows.add(i);
			}
		}
		contacts.insertAll(fresh, origin);
		List<UUID> created = new ArrayList<>();
		List<UUID> updated = new ArrayList<>();
		for (int k = 0; k < fresh.size(); k++) {
			Contact contact = fresh.get(k);
			ContactForm form = rows.get(freshRows.get(k));
			if (!form.customFieldsOrNone().isEmpty()) {
				customFields.store(ContactManagement.RECORD_TYPE, contact.id().value(), contact.subjectId(),
						form.customFieldsOrNone());
			}
			outcomes[freshRows.get(k)] = new Outcome(Effect.CREATED, contact.id(), List.of());
			created.add(contact.subjectId());
		}
		List<UUID> createdOneByOne = new ArrayList<>();
		for (int i : matching) {
			Outcome outcome = storeOne(rows.get(i), fields, duplicates, matchPhone, now);
			outcomes[i] = outcome;
			if (outcome.effect() == Effect.CREATED) {
				createdOneByOne.add(outcome.contact().value());
			}
			else if (outcome.effect() == Effect.UPDATED) {
				updated.add(outcome.contact().value());
			}
		}
		contacts.markOrigin(createdOneByOne, origin);
		created.addAll(createdOneByOne);
		audited(AuditAction.CREATE, job, created);
		audited(AuditAction.UPDATE, job, updated);
		return List.of(outcomes);
	}

	/**
	 * Lets the database plan for the contact tables as they are now: an import calls it as the tables grow (the
	 * first thousand rows, then each time their number doubles), so lookups by email keep using their index.
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional
	public void refreshStatistics() {
		contacts.refreshStatistics();
	}

	/** What a batch's forms refer to, looked up once for the whole batch. */
	private ContactManagement.References references(List<ContactForm> rows) {
		Set<CompanyId> named = new HashSet<>();
		for (ContactForm form : rows) {
			UUID company = Ids.parseOrNull(form.companyId());
			if (company != null) {
				named.add(new CompanyId(company));
			}
		}
		Set<CompanyId> companies = named.isEmpty() ? Set.of() : companyManagement.names(named).keySet();
		Set<UserId> active = new HashSet<>();
		users.activeUsers().forEach(user -> active.add(user.id()));
		return new ContactManagement.References(companies::contains, active::contains,
				customFields.checker(ContactManagement.RECORD_TYPE));
	}

	private static List<String> keys(Contact[] valid, java.util.function.Function<Contact, String> key) {
		List<String> keys = new ArrayList<>();
		for (Contact contact : valid) {
			String value = contact == null ? null : key.apply(contact);
			if (value != null) {
				keys.add(value);
			}
		}
		return keys;
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
