package dev.custodian.company;

import java.util.UUID;

/**
 * Identifies a company.
 */
public record CompanyId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
