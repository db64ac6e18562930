package dev.custodian.company;

import java.util.List;
import java.util.UUID;

/**
 * The people who work for a company, as the company page shows them. Implemented by the contact module, which
 * owns (and audits reads of) that personal data; the company module only declares what it needs.
 */
public interface CompanyContacts {

	/** Up to {@code limit} contacts of the company, most recently updated first. */
	List<Member> membersOf(CompanyId company, int limit);

	/** How many contacts the company has. */
	long countOf(CompanyId company);

	/**
	 * Unlinks every contact from a company that is being deleted, as an audited change of each contact, in the
	 * caller's transaction.
	 */
	void detachAll(CompanyId company);

	/** One contact as listed on a company page. */
	record Member(UUID contactId, String name, String email, String jobTitle) {
	}
}
