package dev.custodian.deal;

import java.util.UUID;

import dev.custodian.identity.CurrentCaller;
import dev.custodian.identity.Permission;
import org.jspecify.annotations.Nullable;

/** The signed-in caller as the deal code needs it: who they are and what they may see. */
final class Callers {

	private Callers() {
	}

	static @Nullable UUID id() {
		return CurrentCaller.id();
	}

	static boolean may(String permission) {
		return CurrentCaller.has(permission);
	}

	/** Whether the caller sees restricted people: only with {@code restricted:read} (the DPO). */
	static boolean seeRestricted() {
		return may(Permission.RESTRICTED_READ);
	}

	/** The deal as the caller may see it: restricted people left out unless they may see them. */
	static Deal visible(Deal deal) {
		if (seeRestricted() || deal.contacts().stream().noneMatch(DealParticipant::restricted)) {
			return deal;
		}
		return deal.withContacts(deal.contacts().stream().filter(c -> !c.restricted()).toList());
	}
}
