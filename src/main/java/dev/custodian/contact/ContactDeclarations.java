package dev.custodian.contact;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.DataCategory.CONTACT_ADDRESS;
import static dev.custodian.catalog.DataCategory.CONTACT_EMAIL;
import static dev.custodian.catalog.DataCategory.CONTACT_PHONE;
import static dev.custodian.catalog.DataCategory.IDENTITY_NAME;
import static dev.custodian.catalog.DataCategory.PROFESSIONAL_JOB_TITLE;
import static dev.custodian.catalog.FieldDeclaration.notPersonal;
import static dev.custodian.catalog.FieldDeclaration.personal;
import static dev.custodian.catalog.Protection.SEALED;
import static dev.custodian.catalog.Protection.SEALED_EXACT_SEARCHABLE;
import static dev.custodian.catalog.Protection.SEALED_PREFIX_SEARCHABLE;

/**
 * The data catalogue's declaration of the contact tables. {@link SealedContactRow} seals exactly the columns
 * declared sealed here and refuses any other.
 */
@Component
class ContactDeclarations implements CatalogueDeclarations {

	static final String RANDOM_ID = "random identifier; says nothing about the person";

	static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal("contact", "contacts", "id", RANDOM_ID),
			notPersonal("contact", "contacts", "subject_id", RANDOM_ID),
			personal("contact", "firstName", "contacts", "first_name", IDENTITY_NAME, SEALED_PREFIX_SEARCHABLE),
			personal("contact", "lastName", "contacts", "last_name", IDENTITY_NAME, SEALED_PREFIX_SEARCHABLE),
			personal("contact", "email", "contacts", "email", CONTACT_EMAIL, SEALED_EXACT_SEARCHABLE),
			personal("contact", "phone", "contacts", "phone", CONTACT_PHONE, SEALED_EXACT_SEARCHABLE),
			personal("contact", "jobTitle", "contacts", "job_title", PROFESSIONAL_JOB_TITLE, SEALED),
			personal("contact", "address.street", "contacts", "street", CONTACT_ADDRESS, SEALED),
			personal("contact", "address.city", "contacts", "city", CONTACT_ADDRESS, SEALED),
			personal("contact", "address.postalCode", "contacts", "postal_code", CONTACT_ADDRESS, SEALED),
			personal("contact", "address.country", "contacts", "country", CONTACT_ADDRESS, SEALED),
			notPersonal("contact", "contacts", "email_index",
					"keyed blind index of the sealed email, part of its protection; useless without the index key"),
			notPersonal("contact", "contacts", "phone_index",
					"keyed blind index of the sealed phone, part of its protection; useless without the index key"),
			notPersonal("contact", "contacts", "company_id", "reference to an organisation"),
			notPersonal("contact", "contacts", "owner_id", "reference to the user in charge"),
			notPersonal("contact", "contacts", "lifecycle_stage", "sales-process state from a fixed list"),
			notPersonal("contact", "contacts", "source", "sales channel the record came from"),
			notPersonal("contact", "contacts", "origin",
					"where the data came from when not typed in (import:<job id>), told to the person (Art. 14(2)(f))"),
			notPersonal("contact", "contacts", "created_at", "bookkeeping time"),
			notPersonal("contact", "contacts", "updated_at", "bookkeeping time"),
			notPersonal("contact", "contacts", "version", "optimistic-locking counter"),
			notPersonal("contact", "contacts", "search_version", "version of the search-token scheme"),
			notPersonal("contact", "contacts", "restricted_at",
					"processing state: since when the record may only be stored (Art. 18 restriction)"),
			notPersonal("contact", "contact_search_tokens", "token",
					"keyed blind prefix token of a sealed name or email, part of its protection"),
			notPersonal("contact", "contact_search_tokens", "subject_id", RANDOM_ID));

	@Override
	public String module() {
		return "contact";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
