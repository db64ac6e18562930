package dev.custodian.contact;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.company.CompanyManagement;
import dev.custodian.customfield.CustomFields;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.ExportPurpose;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, reads, changes and deletes contacts. Every read and change writes an audit entry naming the
 * contacts concerned, in the same transaction, so nothing commits unaudited. Reads are read-write transactions
 * for that reason.
 *
 * <p>A restricted contact (Art. 18, set through the privacy module) is only stored: changes and deletions refuse
 * it with {@link RestrictedException}, and lists and counts leave it out for everyone without
 * {@code restricted:read} (the data-protection officer). Read by id it stays readable, flagged as restricted.
 */
@Service
public class ContactManagement {

	/** The record type of contacts among custom fields. */
	public static final String RECORD_TYPE = "contact";

	private final Contacts contacts;

	private final CompanyManagement companies;

	private final UserManagement users;

	private final AuditLog audit;

	private final Vault vault;

	private final ContactRestrictions restrictions;

	private final CustomFields customFields;

	private final ContactScope scope;

	private final ObjectProvider<PersonalDataHolder> holders;

	ContactManagement(Contacts contacts, CompanyManagement companies, UserManagement users, AuditLog audit,
			Vault vault, ContactRestrictions restrictions, CustomFields customFields, ContactScope scope,
			ObjectProvider<PersonalDataHolder> holders) {
		this.scope = scope;
		this.holders = holders;
		this.contacts = contacts;
		this.restrictions = restrictions;
		this.companies = companies;
		this.users = users;
		this.audit = audit;
		this.vault = vault;
		this.customFields = customFields;
	}

	/**
	 * Creates a contact with its custom field values (personal ones sealed under the contact's key). Without an
	 * owner, the signed-in user becomes the owner.
	 * @throws ConflictException when another contact has the email, naming that contact's id
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional
	@RetriedOnContention
	public Contact create(ContactForm form) {
		Instant now = DbTime.now();
		Contact contact = validated(form, new ContactId(Ids.newId()), now, now, 0, null);
		if (contact.ownerId() == null && currentUser() != null) {
			contact = withOwner(contact, currentUser());
		}
		ensureEmailFree(contact);
		contacts.insert(contact);
		customFields.store(RECORD_TYPE, contact.id().value(), contact.subjectId(), form.customFieldsOrNone());
		audit.record(AuditAction.CREATE, "contact", contact.id(), List.of(contact.subjectId()));
		return contact;
	}

	@PreAuthorize("hasAuthority('contact:read')")
	@Transactional
	public Contact get(ContactId id) {
		ContactScope.Visibility visibility = scope.now();
		Contact contact = contacts.byId(id.value())
			.filter(visibility::owns)
			.orElseThrow(() -> new NotFoundException("contact", id));
		audit.record(AuditAction.READ, "contact", id, List.of(contact.subjectId()));
		return contact;
	}

	/**
	 * The contact with exactly this email (whatever its case), found through the email's blind index, if the caller
	 * sees it (restricted people only with {@code restricted:read}, another owner's contact not for a role limited to
	 * its own). For forms where a person is named by the email address the user knows: a ticket's requester, a
	 * meeting's attendees, a deal's people. Audited as a read of that person.
	 */
	@PreAuthorize("hasAuthority('contact:read')")
	@Transactional
	public java.util.Optional<ContactId> findByEmail(String email) {
		ContactScope.Visibility visibility = scope.now();
		java.util.Optional<Contact> found = contacts.idByEmail(email.trim())
			.flatMap(contacts::byId)
			.filter(visibility::owns)
			.filter(contact -> visibility.withRestricted() || !contact.restricted());
		found.ifPresent(contact -> audit.record(AuditAction.READ, "contact", contact.id(), List.of(contact.subjectId())));
		return found.map(Contact::id);
	}

	/**
	 * One page of contacts, in the query's order; the audit entry lists every contact shown. Restricted contacts
	 * only for callers with {@code restricted:read}; for a role limited to its own records, only the caller's.
	 */
	@PreAuthorize("hasAuthority('contact:read')")
	@Transactional
	public KeysetPage<Contact> list(ContactQuery query) {
		int limit = query.page().limit();
		List<Contacts.Found> rows = contacts.find(query.ownedInOrder(users::idsInNameOrder), limit, scope.now());
		List<Contact> page = rows.stream().limit(limit).map(Contacts.Found::contact).toList();
		if (!page.isEmpty()) {
			audit.record(AuditAction.READ, "contact", null, page.stream().map(Contact::subjectId).toList());
		}
		return new KeysetPage<>(page, rows.size() > limit ? rows.get(limit - 1).position().encode() : null);
	}

	/**
	 * One page of an export of the list: the same contacts {@link #list} shows for the query, audited as an export
	 * with its purpose (one entry per 200 contacts). Each page is its own transaction, so its entry is durable
	 * before its rows leave.
	 */
	@PreAuthorize("hasAuthority('contact:read') and hasAuthority('contact:export')")
	@Transactional
	public KeysetPage<Contact> exportPage(ContactQuery query, ExportPurpose purpose) {
		int limit = query.page().limit();
		List<Contacts.Found> rows = contacts.find(query.ownedInOrder(users::idsInNameOrder), limit, scope.now());
		List<Contact> page = rows.stream().limit(limit).map(Contacts.Found::contact).toList();
		audit.recordExport("contact", page.stream().map(Contact::subjectId).toList(), purpose);
		return new KeysetPage<>(page, rows.size() > limit ? rows.get(limit - 1).position().encode() : null);
	}

	/**
	 * How many contacts match the query's filters (its page is ignored), exact up to 10,000. Reads no personal
	 * value, so it writes no audit entry. Counts restricted contacts only for callers with {@code restricted:read}.
	 */
	@PreAuthorize("hasAuthority('contact:read')")
	@Transactional(readOnly = true)
	public ListCount count(ContactQuery query) {
		return contacts.count(query, scope.now());
	}

	/** How many contacts there are, restricted ones only for callers with {@code restricted:read}. */
	@PreAuthorize("hasAuthority('contact:read')")
	@Transactional(readOnly = true)
	public long count() {
		return contacts.count(scope.now());
	}

	/**
	 * Replaces every field with the form's values.
	 * @throws StaleVersionException when the contact is no longer at {@code expectedVersion}
	 * @throws RestrictedException when the contact is restricted
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional
	@RetriedOnContention
	public Contact update(ContactId id, ContactForm form, long expectedVersion) {
		return patch(id, current -> form, expectedVersion);
	}

	/**
	 * Changes a contact from its stored form, in one transaction: {@code changes} receives the current values and
	 * returns the new ones (a JSON Merge Patch, say). Nothing is recorded if it or the validation fails.
	 * @throws StaleVersionException when the contact is no longer at {@code expectedVersion}
	 * @throws RestrictedException when the contact is restricted, whatever the version
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional
	@RetriedOnContention
	public Contact patch(ContactId id, UnaryOperator<ContactForm> changes, long expectedVersion) {
		ContactScope.Visibility visibility = scope.now();
		Contact current = contacts.lockedById(id.value())
			.filter(visibility::owns)
			.orElseThrow(() -> new NotFoundException("contact", id));
		if (current.restricted()) {
			throw new RestrictedException();
		}
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		ContactForm form = changes.apply(
				ContactForm.of(current).withCustomFields(customFields.valuesOf(RECORD_TYPE, id.value())));
		Contact updated = validated(form, id, current.createdAt(), DbTime.now(), current.version() + 1, current);
		ensureEmailFree(updated);
		if (!contacts.update(updated, expectedVersion)) {
			throw new StaleVersionException(expectedVersion + 1);
		}
		customFields.store(RECORD_TYPE, id.value(), updated.subjectId(), form.customFieldsOrNone());
		audit.record(AuditAction.UPDATE, "contact", id, List.of(updated.subjectId()));
		return updated;
	}

	/**
	 * Deletes the contact and destroys its data key in the same transaction (crypto-shredding): nothing sealed
	 * under that key can be read again, from any copy of the data. Like an erasure, the deletion is journalled, so
	 * a restored backup does not bring the person back.
	 * @param expectedVersion the version the caller saw, or {@code null} to delete whatever is stored
	 * @throws RestrictedException when the contact is restricted: only an erasure request removes it then
	 */
	@PreAuthorize("hasAuthority('contact:delete')")
	@Transactional
	@RetriedOnContention
	public void delete(ContactId id, @Nullable Long expectedVersion) {
		if (restrictions.lockedRestriction(id.value()).orElseThrow(() -> new NotFoundException("contact", id))) {
			throw new RestrictedException();
		}
		if (!contacts.delete(id.value(), expectedVersion)) {
			Contact current = contacts.byId(id.value()).orElseThrow(() -> new NotFoundException("contact", id));
			throw new StaleVersionException(current.version());
		}
		customFields.deleteValuesOf(RECORD_TYPE, id.value());
		eraseElsewhere(id.value());
		vault.recordErasure(id.value());
		audit.record(AuditAction.DELETE, "contact", id, List.of(id.value()));
	}

	/**
	 * Everything wrong with a form, without saving anything: lets adapters report their own input problems
	 * (unknown JSON fields, say) together with the domain's, so a client hears of every invalid field at once.
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional(readOnly = true)
	public List<FieldViolation> problemsWith(ContactForm form) {
		try {
			Instant now = DbTime.now();
			validated(form, new ContactId(Ids.newId()), now, now, 0, null);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.violations();
		}
	}

	/**
	 * Erases a contact for good, as a data subject's erasure request requires: destroys the person's data key,
	 * deletes the rows, and records the erasure (subject id and time only) so that a restored backup is erased
	 * again. Erasing someone already erased is harmless.
	 */
	@PreAuthorize("hasAuthority('contact:delete')")
	@Transactional
	@RetriedOnContention
	public void erase(ContactId id) {
		if (!contacts.delete(id.value(), null)) {
			vault.shred(id.value()); // no row (erased before, or never restored): the key must go all the same
		}
		customFields.deleteValuesOf(RECORD_TYPE, id.value());
		eraseElsewhere(id.value());
		vault.recordErasure(id.value());
		audit.record(AuditAction.DELETE, "contact", id, List.of(id.value()), "ERASED");
	}

	/**
	 * Validates a form; references must exist, and a newly chosen owner must be an active user (a contact may keep
	 * an owner who has since been disabled).
	 */
	Contact validated(ContactForm form, ContactId id, Instant created, Instant updated, long version,
			@Nullable Contact current) {
		return validated(form, id, created, updated, version, current,
				new References(company -> companies.find(company).isPresent(),
						owner -> users.find(owner).filter(u -> u.enabled()).isPresent(),
						(values, violations) -> customFields.validate(RECORD_TYPE, values, violations)));
	}

	/**
	 * How a validation looks up what a form refers to: one by one for a form typed in, or from what a batch loaded
	 * at once (an import).
	 */
	record References(java.util.function.Predicate<dev.custodian.company.CompanyId> companyExists,
			java.util.function.Predicate<UserId> activeUser, CustomFields.ValueCheck customValues) {
	}

	Contact validated(ContactForm form, ContactId id, Instant created, Instant updated, long version,
			@Nullable Contact current, References references) {
		Violations violations = new Violations();
		Contact contact = Contact.from(form, id, created, updated, version, violations);
		if (contact.companyId() != null && !references.companyExists().test(contact.companyId())) {
			violations.add("companyId", "names no company");
		}
		boolean ownerKept = current != null && contact.ownerId() != null && contact.ownerId().equals(current.ownerId());
		if (contact.ownerId() != null && !ownerKept && !references.activeUser().test(contact.ownerId())) {
			violations.add("ownerId", "names no active user");
		}
		UUID limit = scope.now().ownerOnly();
		if (limit != null && contact.ownerId() != null && !limit.equals(contact.ownerId().value())) {
			violations.add("ownerId", "must be yourself: your role works on its own contacts only");
		}
		references.customValues().check(form.customFieldsOrNone(), violations);
		violations.throwIfAny();
		return contact;
	}

	/**
	 * Erases the person from every other module that holds data about them (their deals' links become tombstones,
	 * their activities, tasks and tickets lose what is theirs), in this transaction: deleting a contact is erasing a
	 * person, so nothing of theirs may stay behind sealed under a key that is about to be destroyed.
	 */
	private void eraseElsewhere(UUID subject) {
		holders.orderedStream()
			.filter(holder -> !holder.module().equals(RECORD_TYPE))
			.forEach(holder -> holder.erase(subject));
	}

	private void ensureEmailFree(Contact contact) {
		if (contact.email() == null) {
			return;
		}
		contacts.idByEmail(contact.email())
			.filter(existing -> !existing.equals(contact.id().value()))
			.ifPresent(existing -> {
				throw new ConflictException("A contact with this email exists already",
						Map.of("existingContactId", existing));
			});
	}

	static Contact withOwner(Contact c, UserId owner) {
		return new Contact(c.id(), c.firstName(), c.lastName(), c.email(), c.phone(), c.jobTitle(), c.companyId(),
				owner, c.lifecycleStage(), c.source(), c.address(), c.createdAt(), c.updatedAt(), c.version(),
				c.restrictedAt());
	}

	static @Nullable UserId currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal.id() : null;
	}
}
