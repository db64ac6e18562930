package dev.custodian.contact;

import dev.custodian.company.CompanyId;
import dev.custodian.identity.UserId;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the contact list; each is optional. {@code q} matches the start of the first name, the last name,
 * the full name or the email, ignoring case and accents.
 */
public record ContactQuery(@Nullable String q, @Nullable CompanyId company, @Nullable UserId owner,
		@Nullable LifecycleStage stage, PageRequest page) {

	/** @throws dev.custodian.shared.InvalidInputException when {@code q} holds control characters */
	public ContactQuery {
		Text.checkSearch("q", q);
	}

	public static ContactQuery firstPage(int limit) {
		return new ContactQuery(null, null, null, null, PageRequest.first(limit));
	}
}
