package dev.custodian.contact;

import java.util.UUID;

/**
 * Identifies a contact. A contact's id is also its data-subject id.
 */
public record ContactId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
