package dev.custodian.identity.web;

import java.util.List;
import java.util.Set;

import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.Role;
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
 * {@code /api/v1/owner-limits}: which roles work on their own records only, for administrators.
 */
@RestController
@RequestMapping("/api/v1/owner-limits")
class OwnerLimitApiController implements OwnerLimitApiDocs {

	private final OwnerLimits limits;

	OwnerLimitApiController(OwnerLimits limits) {
		this.limits = limits;
	}

	@GetMapping
	@Override
	public List<OwnerLimitResource> list() {
		return limits.all().entrySet().stream().map(e -> OwnerLimitResource.of(e.getKey(), e.getValue())).toList();
	}

	@PutMapping("/{role}")
	@Override
	public OwnerLimitResource set(@PathVariable String role, @RequestBody(required = false) @Nullable JsonNode body) {
		Role chosen = Role.parse(role).orElseThrow(() -> new NotFoundException("role", "(unknown role)"));
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, Set.of("ownedRecordsOnly"), "", violations);
		Boolean ownedOnly = in.bool("ownedRecordsOnly");
		if (ownedOnly == null && !violations.has("ownedRecordsOnly")) {
			violations.add("ownedRecordsOnly", "must be true or false");
		}
		violations.throwIfAny();
		return OwnerLimitResource.of(chosen, limits.limit(chosen, ownedOnly));
	}
}
