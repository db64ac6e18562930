package dev.custodian.identity.web;

import java.util.List;
import java.util.Set;

import dev.custodian.identity.SecondFactors;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserForm;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.Ids;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Versions;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/users}: user administration, for administrators only. Users are disabled, never deleted, so
 * the audit trail keeps naming who did what.
 */
@RestController
@RequestMapping("/api/v1/users")
class UserApiController implements UserApiDocs {

	private static final Set<String> FIELDS = Set.of("username", "displayName", "role", "password", "enabled", "id",
			"locked", "restricted", "erased", "createdAt", "updatedAt", "version");

	private static final Set<String> PATCH_FIELDS = java.util.stream.Stream
		.concat(FIELDS.stream(), java.util.stream.Stream.of("revokeTokens"))
		.collect(java.util.stream.Collectors.toUnmodifiableSet());

	private final UserManagement users;

	private final SecondFactors secondFactors;

	UserApiController(UserManagement users, SecondFactors secondFactors) {
		this.users = users;
		this.secondFactors = secondFactors;
	}

	@GetMapping
	@Override
	public List<UserResource> list() {
		return users.list().stream().map(UserResource::of).toList();
	}

	@PostMapping
	@Override
	public ResponseEntity<UserResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		UserAccount created = users.create(read(body));
		return VersionedAnswers.created("/api/v1/users", created.id(), created.version(), UserResource.of(created));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<UserResource> get(@PathVariable String id) {
		UserAccount user = users.get(userId(id));
		return VersionedAnswers.current(user.version(), UserResource.of(user));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<UserResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UserId userId = userId(id);
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, PATCH_FIELDS, "", violations);
		UserForm form = form(in);
		Boolean revokeTokens = in.bool("revokeTokens");
		violations.throwIfAny();
		long expected = Versions.expected(ifMatch);
		UserAccount updated = users.update(userId, form, expected, Boolean.TRUE.equals(revokeTokens));
		return VersionedAnswers.current(updated.version(), UserResource.of(updated));
	}

	@DeleteMapping("/{id}/second-factor")
	@Override
	public ResponseEntity<Void> resetSecondFactor(@PathVariable String id) {
		secondFactors.reset(userId(id));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/unlock")
	@Override
	public UserResource unlock(@PathVariable String id) {
		return UserResource.of(users.unlock(userId(id)));
	}

	private static UserForm read(@Nullable JsonNode body) {
		Violations violations = new Violations();
		UserForm form = form(JsonInput.of(body, FIELDS, "", violations));
		violations.throwIfAny();
		return form;
	}

	private static UserForm form(JsonInput in) {
		return new UserForm(in.text("username", null), in.text("displayName", null), in.text("role", null),
				in.text("password", null), in.bool("enabled"));
	}

	private static UserId userId(String id) {
		return new UserId(Ids.parseOrNotFound(id, "user"));
	}
}
