package dev.custodian.contact;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.custodian.shared.Cursor;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;

/**
 * A position in the contact list (most recently updated first): the last contact's update time and id. Never a
 * name, because cursors travel in URLs.
 */
record ContactCursor(Instant updatedAt, UUID id) {

	static String after(Contact last) {
		long micros = ChronoUnit.MICROS.between(Instant.EPOCH, last.updatedAt());
		return Cursor.of(Long.toString(micros), last.id().toString()).encode();
	}

	static ContactCursor decode(Cursor cursor) {
		try {
			UUID id = Ids.parseOrNull(cursor.values().size() == 2 ? cursor.value(1) : null);
			if (id == null) {
				throw new NumberFormatException();
			}
			return new ContactCursor(Instant.EPOCH.plus(Long.parseLong(cursor.value(0)), ChronoUnit.MICROS), id);
		}
		catch (NumberFormatException | ArithmeticException ex) {
			throw InvalidInputException.of("cursor", "is not a cursor this server issued");
		}
	}
}
