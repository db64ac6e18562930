package dev.custodian.ticket;

import java.util.UUID;

import dev.custodian.identity.CurrentCaller;
import dev.custodian.identity.Permission;
import org.jspecify.annotations.Nullable;

/** What the signed-in caller may do with tickets, for the beans other modules call without a permission check. */
final class TicketAccess {

	private TicketAccess() {
	}

	static boolean may(String permission) {
		return CurrentCaller.has(permission);
	}

	/** Whether the caller sees restricted requesters' tickets in lists: only with {@code restricted:read}. */
	static boolean seesRestricted() {
		return may(Permission.RESTRICTED_READ);
	}

	static @Nullable UUID me() {
		return CurrentCaller.id();
	}
}
