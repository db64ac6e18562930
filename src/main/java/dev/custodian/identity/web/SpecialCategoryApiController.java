package dev.custodian.identity.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.custodian.catalog.DataCategory;
import dev.custodian.identity.Role;
import dev.custodian.identity.SpecialCategoryGrants;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/special-category-grants}: which roles may see and edit special-category data, for administrators.
 */
@RestController
@RequestMapping("/api/v1/special-category-grants")
class SpecialCategoryApiController implements SpecialCategoryApiDocs {

	private final SpecialCategoryGrants grants;

	SpecialCategoryApiController(SpecialCategoryGrants grants) {
		this.grants = grants;
	}

	@GetMapping
	@Override
	public List<SpecialCategoryGrantResource> list() {
		return grants.all().entrySet().stream().map(e -> SpecialCategoryGrantResource.of(e.getKey(), e.getValue())).toList();
	}

	@PutMapping("/{role}")
	@Override
	public SpecialCategoryGrantResource grant(@PathVariable String role, @RequestBody(required = false) @Nullable JsonNode body) {
		Role chosen = Role.parse(role).orElseThrow(() -> new NotFoundException("role", "(unknown role)"));
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, Set.of("categories"), "", violations);
		List<String> codes = in.strings("categories");
		List<DataCategory> categories = new ArrayList<>();
		if (codes == null) {
			if (!violations.has("categories")) {
				violations.add("categories", "must be a list of special categories, empty to withdraw every grant");
			}
		}
		else {
			for (String code : codes) {
				SpecialCategoryGrants.category(code).ifPresentOrElse(categories::add, () -> violations
					.add("categories", "must be one of " + special()));
			}
		}
		violations.throwIfAny();
		return SpecialCategoryGrantResource.of(chosen, grants.grant(chosen, categories));
	}

	private static String special() {
		return String.join(", ", SpecialCategoryGrants.SPECIAL.stream().map(DataCategory::code).toList());
	}
}
