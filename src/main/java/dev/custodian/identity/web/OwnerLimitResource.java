package dev.custodian.identity.web;

import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.Role;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One role's owner limit.
 *
 * @param role the role
 * @param ownedRecordsOnly whether its users work on their own records only
 * @param limitable whether the role may be limited at all (ADMIN and DPO may not)
 */
@Schema(name = "OwnerLimit")
record OwnerLimitResource(
		@Schema(allowableValues = { "ADMIN", "DPO", "SALES", "MARKETING", "SUPPORT", "MANAGER",
				"READ_ONLY" }) String role,
		boolean ownedRecordsOnly, boolean limitable) {

	static OwnerLimitResource of(Role role, boolean ownedRecordsOnly) {
		return new OwnerLimitResource(role.name(), ownedRecordsOnly, OwnerLimits.LIMITABLE.contains(role));
	}
}
