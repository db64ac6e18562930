package dev.custodian.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * Identifies a user of Custodian (staff, not a data subject).
 */
public record UserId(UUID value) implements Serializable {

	@Override
	public String toString() {
		return value.toString();
	}
}
