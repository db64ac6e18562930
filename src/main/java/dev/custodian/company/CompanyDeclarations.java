package dev.custodian.company;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.FieldDeclaration;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.DataCategory.CONTACT_ADDRESS;
import static dev.custodian.catalog.DataCategory.CONTACT_EMAIL;
import static dev.custodian.catalog.DataCategory.CONTACT_PHONE;
import static dev.custodian.catalog.FieldDeclaration.notPersonal;
import static dev.custodian.catalog.FieldDeclaration.personal;
import static dev.custodian.catalog.Protection.AWAITING_SEALING;
import static dev.custodian.catalog.Protection.SEALED;

/**
 * The data catalogue's declaration of the company tables. A sole trader is one natural person, so the contact
 * details of a company (phone, email, address) are personal data; they are sealed for every company, under a
 * data key of the company's own, so the declaration holds whatever kind of company a row is.
 * {@link SealedCompanyRow} seals exactly the columns declared sealed here and refuses any other, and the sole
 * trader's export walks this list.
 */
@Component
class CompanyDeclarations implements CatalogueDeclarations {

	static final String TABLE = "companies";

	static final String UNSEALED = "company_unsealed_values";

	private static final String ORGANISATION = "organisation data";

	static final List<FieldDeclaration> FIELDS = List.of(
			notPersonal("company", TABLE, "id", "random identifier; says nothing about the person"),
			notPersonal("company", TABLE, "subject_id",
					"the company's own id when it is a sole trader, null for an organisation"),
			notPersonal("company", TABLE, "name", "the trading name a business publishes, a sole trader's too"),
			notPersonal("company", TABLE, "name_folded", "search form of the published trading name"),
			notPersonal("company", TABLE, "domain", "the business's published web domain"),
			notPersonal("company", TABLE, "origin", "where the data came from when not typed in (import:<job id>)"),
			notPersonal("company", TABLE, "industry", ORGANISATION),
			notPersonal("company", TABLE, "size_band", ORGANISATION),
			notPersonal("company", TABLE, "website", "the business's published web address"),
			personal("company", "phone", TABLE, "phone", CONTACT_PHONE, SEALED),
			personal("company", "email", TABLE, "email", CONTACT_EMAIL, SEALED),
			personal("company", "address.street", TABLE, "street", CONTACT_ADDRESS, SEALED),
			personal("company", "address.city", TABLE, "city", CONTACT_ADDRESS, SEALED),
			personal("company", "address.postalCode", TABLE, "postal_code", CONTACT_ADDRESS, SEALED),
			personal("company", "address.country", TABLE, "country", CONTACT_ADDRESS, SEALED),
			notPersonal("company", TABLE, "restricted_at", "processing state: since when Art. 18 restricts the "
					+ "record"),
			notPersonal("company", TABLE, "created_at", "bookkeeping time"),
			notPersonal("company", TABLE, "updated_at", "bookkeeping time"),
			notPersonal("company", TABLE, "version", "optimistic-locking counter"),
			// clear values of companies stored before sealing; CompanySealing seals them and empties the table
			notPersonal("company", UNSEALED, "company_id", "reference to the company"),
			personal("company", "phone", UNSEALED, "phone", CONTACT_PHONE, AWAITING_SEALING),
			personal("company", "address.street", UNSEALED, "street", CONTACT_ADDRESS, AWAITING_SEALING),
			personal("company", "address.city", UNSEALED, "city", CONTACT_ADDRESS, AWAITING_SEALING),
			personal("company", "address.postalCode", UNSEALED, "postal_code", CONTACT_ADDRESS, AWAITING_SEALING),
			personal("company", "address.country", UNSEALED, "country", CONTACT_ADDRESS, AWAITING_SEALING));

	@Override
	public String module() {
		return "company";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
