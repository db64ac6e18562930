package dev.custodian.task;

import java.util.UUID;

import dev.custodian.identity.CurrentCaller;
import org.jspecify.annotations.Nullable;

/** The signed-in caller, as the task services need it: who they are and what they may do. */
final class Caller {

	private Caller() {
	}

	/** The signed-in user's id, or null outside a user's request (a background job). */
	static @Nullable UUID id() {
		return CurrentCaller.id();
	}

	static boolean can(String permission) {
		return CurrentCaller.has(permission);
	}
}
