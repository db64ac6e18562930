package dev.custodian.activity;

import dev.custodian.identity.CurrentCaller;

/** What the signed-in caller may see beyond the method's own permission. */
final class ActivityAccess {

	private ActivityAccess() {
	}

	/** Whether the caller sees activities about restricted people: only with {@code restricted:read}. */
	static boolean seesRestricted() {
		return CurrentCaller.seesRestricted();
	}
}
