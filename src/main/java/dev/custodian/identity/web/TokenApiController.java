package dev.custodian.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import dev.custodian.identity.ApiToken;
import dev.custodian.identity.ApiTokens;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.IssuedToken;
import dev.custodian.identity.TokenRequest;
import dev.custodian.shared.Ids;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/tokens}: each user's own API tokens.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController implements TokenApiDocs {

	private final ApiTokens tokens;

	TokenApiController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	@Override
	public ResponseEntity<IssuedToken> create(@AuthenticationPrincipal CustodianPrincipal me,
			@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		TokenRequest request = new TokenRequest(null, null, null);
		if (body != null && !body.isNull()) {
			JsonInput in = JsonInput.of(body, Set.of("name", "expiresInDays", "scopes"), "", violations);
			request = new TokenRequest(in.text("name", null), in.integer("expiresInDays"), in.strings("scopes"));
		}
		violations.throwIfAny();
		IssuedToken issued = tokens.issue(me, request);
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.id())).body(issued);
	}

	@GetMapping
	@Override
	public List<ApiToken> list(@AuthenticationPrincipal CustodianPrincipal me) {
		return tokens.list(me);
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> revoke(@AuthenticationPrincipal CustodianPrincipal me, @PathVariable String id) {
		tokens.revoke(me, Ids.parseOrNotFound(id, "api-token"));
		return ResponseEntity.noContent().build();
	}
}
