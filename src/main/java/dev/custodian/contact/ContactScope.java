package dev.custodian.contact;

import java.util.UUID;

import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Which contacts the signed-in caller works on: restricted people (Art. 18) only for callers with
 * {@code restricted:read}, and for a role limited to its own records only the contacts the caller owns. Every query
 * of the module that lists, counts or reads contacts for a caller goes through {@link #now()}, so the limits hold in
 * the API, the pages and the search alike.
 */
@Component
class ContactScope {

	private final OwnerLimits limits;

	ContactScope(OwnerLimits limits) {
		this.limits = limits;
	}

	/** The caller's view, read afresh (a changed limit holds from the next call on). */
	Visibility now() {
		return new Visibility(ContactRestrictions.callerSees(), limits.limitedTo().map(UserId::value).orElse(null));
	}

	/**
	 * What a caller sees.
	 *
	 * @param withRestricted whether restricted contacts are listed
	 * @param ownerOnly the owner the caller is limited to, or null when the caller sees every owner's contacts
	 */
	record Visibility(boolean withRestricted, @Nullable UUID ownerOnly) {

		/** Every contact: for work done on no caller's behalf. */
		static final Visibility EVERYTHING = new Visibility(true, null);

		/** Whether the owner limit lets the caller read this contact by id (restriction aside). */
		boolean owns(Contact contact) {
			return ownerOnly == null || (contact.ownerId() != null && ownerOnly.equals(contact.ownerId().value()));
		}
	}
}
