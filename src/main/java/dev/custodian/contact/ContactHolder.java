package dev.custodian.contact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.PersonalDataHolder;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The contact module's part of every data-subject request. Its export walks the fields {@link ContactDeclarations}
 * declares for the contact table, so a field declared there is exported (a personal one without a value here stops
 * the export rather than slipping past it); erasure deletes the row and its search tokens and destroys the key;
 * restriction is the contact's {@code restricted_at}.
 */
@Component
class ContactHolder implements PersonalDataHolder {

	/** The tables of the module that carry a subject id, as declared. */
	static final List<String> TABLES = ContactDeclarations.FIELDS.stream()
		.filter(f -> f.column().equals("subject_id"))
		.map(FieldDeclaration::table)
		.distinct()
		.toList();

	private final Contacts contacts;

	private final ContactRestrictions restrictions;

	ContactHolder(Contacts contacts, ContactRestrictions restrictions) {
		this.contacts = contacts;
		this.restrictions = restrictions;
	}

	@Override
	public String module() {
		return "contact";
	}

	@Override
	public List<String> tables() {
		return TABLES;
	}

	/**
	 * The contact, with every declared field of its table that holds a value. Declared fields that are part of the
	 * protection (blind indexes) or bookkeeping of the store (versions) have no value here and are left out; the
	 * search tokens are blind prefixes of the exported names and email, so they are left out too.
	 */
	@Override
	public List<ExportedRecord> export(UUID subject) {
		return contacts.bySubject(subject)
			.map(contact -> List.of(record(contact, contacts.originOf(contact.id().value()).orElse(null))))
			.orElse(List.of());
	}

	/** Deletes the contact and its search tokens and destroys its key; the privacy module journals the erasure. */
	@Override
	public ErasureOutcome erase(UUID subject) {
		// a contact is its own subject: its id is the subject id
		return new ErasureOutcome(module(), contacts.delete(subject, null) ? 1 : 0, List.of());
	}

	@Override
	public void restrict(UUID subject) {
		restrictions.restrict(subject);
	}

	@Override
	public void lift(UUID subject) {
		restrictions.lift(subject);
	}

	@Override
	public boolean holds(UUID subject) {
		return restrictions.exists(subject);
	}

	@Override
	public boolean restricted(UUID subject) {
		return restrictions.restricted(subject);
	}

	static ExportedRecord record(Contact contact, @Nullable String origin) {
		Map<String, @Nullable Object> values = values(contact);
		values.put("origin", origin);
		List<ExportedValue> exported = new ArrayList<>();
		for (FieldDeclaration field : ContactDeclarations.FIELDS) {
			if (!field.table().equals(SealedContactRow.TABLE)) {
				continue;
			}
			if (!values.containsKey(field.field())) {
				if (field.personal()) {
					throw new IllegalStateException(field.qualifiedColumn()
							+ " is declared personal but the contact export has no value for it");
				}
				continue;
			}
			Object value = values.get(field.field());
			if (value != null) {
				exported.add(new ExportedValue(field.field(),
						field.category() == null ? null : field.category().code(), value));
			}
		}
		return new ExportedRecord("contact", contact.id().toString(), exported);
	}

	/** The contact's values by the field names of the declarations; null for a field without a value. */
	private static Map<String, @Nullable Object> values(Contact c) {
		Map<String, @Nullable Object> values = new HashMap<>();
		values.put("id", c.id().toString());
		values.put("subject_id", c.subjectId().toString());
		values.put("firstName", c.firstName());
		values.put("lastName", c.lastName());
		values.put("email", c.email());
		values.put("phone", c.phone());
		values.put("jobTitle", c.jobTitle());
		values.put("address.street", c.address().street());
		values.put("address.city", c.address().city());
		values.put("address.postalCode", c.address().postalCode());
		values.put("address.country", c.address().country());
		values.put("company_id", c.companyId() == null ? null : c.companyId().toString());
		values.put("owner_id", c.ownerId() == null ? null : c.ownerId().toString());
		values.put("lifecycle_stage", c.lifecycleStage().code());
		values.put("source", c.source());
		values.put("created_at", c.createdAt().toString());
		values.put("updated_at", c.updatedAt().toString());
		values.put("restricted_at", c.restrictedAt() == null ? null : c.restrictedAt().toString());
		return values;
	}
}
