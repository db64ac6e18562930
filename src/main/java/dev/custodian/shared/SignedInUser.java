package dev.custodian.shared;

import java.util.UUID;

/**
 * Implemented by the principal of a signed-in user, so that modules keeping something per user (saved views, say)
 * can tell whose it is without depending on the identity module, which itself depends on them.
 */
public interface SignedInUser {

	/** The user's id. */
	UUID userId();
}
