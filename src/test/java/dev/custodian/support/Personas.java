package dev.custodian.support;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.custodian.identity.ApiTokens;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Role;
import dev.custodian.identity.TokenRequest;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserForm;
import dev.custodian.identity.UserManagement;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One user per role, each with an API token, created once per application context through the same services
 * an administrator would use.
 */
@TestComponent
public class Personas {

	public static final String ADMIN_PASSWORD = "test-admin-password";

	/** The master key of test installations (base64 of 32 bytes); tests never generate key files. */
	public static final String MASTER_KEY = "X8BRXhYV9BdL6abca1TIgjC+Q5v0sAOl7y5IXZ1o5RM=";

	private final UserManagement users;

	private final ApiTokens tokens;

	private final Map<Role, String> tokenByRole = new EnumMap<>(Role.class);

	private final Map<Role, UserAccount> userByRole = new EnumMap<>(Role.class);

	public Personas(UserManagement users, ApiTokens tokens) {
		this.users = users;
		this.tokens = tokens;
	}

	public synchronized String token(Role role) {
		ensure();
		return tokenByRole.get(role);
	}

	public synchronized UserAccount user(Role role) {
		ensure();
		return userByRole.get(role);
	}

	/** A token of the given role limited to some of its permissions. */
	public String scopedToken(Role role, List<String> scopes) {
		return tokens.issue(principal(user(role)), new TokenRequest("scoped", 1, scopes)).token();
	}

	/** A signed-in browser session of the given role's user, for page tests. */
	public org.springframework.security.core.Authentication session(Role role) {
		CustodianPrincipal principal = principal(user(role));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
	}

	public CustodianPrincipal principal(UserAccount account) {
		return new CustodianPrincipal(account.id(), account.username(), account.displayName(), account.role(),
				account.role().permissions(), "user");
	}

	private void ensure() {
		if (!tokenByRole.isEmpty()) {
			return;
		}
		UserAccount admin = runAsAdmin(() -> users.list().stream()
			.filter(u -> u.username().equals("admin"))
			.findFirst()
			.orElseThrow());
		for (Role role : Role.values()) {
			UserAccount account = role == Role.ADMIN ? admin : runAsAdmin(() -> users.create(new UserForm(
					"test-" + role.name().toLowerCase().replace('_', '-'), "Test " + role.label(), role.name(),
					"a-long-test-password", true)));
			userByRole.put(role, account);
			tokenByRole.put(role, tokens.issue(principal(account), new TokenRequest("tests", 1, null)).token());
		}
	}

	private <T> T runAsAdmin(java.util.function.Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("setup", null,
				org.springframework.security.core.authority.AuthorityUtils.createAuthorityList("user:admin")));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
