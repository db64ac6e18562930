package dev.custodian.deal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A person taking part in a deal, with their role; once the person is erased only the tombstone is left: no contact
 * id, {@code erased} true, the role kept. {@code restricted} links are frozen while the person's processing is
 * restricted.
 */
public record DealParticipant(@Nullable UUID contactId, ContactRole role, boolean erased, boolean restricted) {

	public static DealParticipant of(UUID contactId, ContactRole role) {
		return new DealParticipant(contactId, role, false, false);
	}
}
