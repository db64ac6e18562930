package dev.custodian.identity.web;

import java.util.Collection;
import java.util.List;

import dev.custodian.catalog.DataCategory;
import dev.custodian.identity.Role;
import dev.custodian.identity.SpecialCategoryGrants;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The special categories one role may see and edit.
 *
 * @param role the role
 * @param categories the special categories granted to it, in vocabulary order
 */
@Schema(name = "SpecialCategoryGrant")
record SpecialCategoryGrantResource(
		@Schema(allowableValues = { "ADMIN", "DPO", "SALES", "MARKETING", "SUPPORT", "MANAGER",
				"READ_ONLY" }) String role,
		@ArraySchema(schema = @Schema(allowableValues = { "special.health", "special.religion",
				"special.political_opinion", "special.ethnic_origin", "special.trade_union", "special.sex_life",
				"special.biometric", "special.genetic", "criminal.offences" })) List<String> categories) {

	static SpecialCategoryGrantResource of(Role role, Collection<DataCategory> categories) {
		return new SpecialCategoryGrantResource(role.name(), SpecialCategoryGrants.SPECIAL.stream()
			.filter(categories::contains)
			.map(DataCategory::code)
			.toList());
	}
}
