package dev.custodian.identity;

import java.util.UUID;

/**
 * Identifies a user of Custodian (staff, not a data subject).
 */
public record UserId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
