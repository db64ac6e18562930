package dev.custodian.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a username and password. Every failure, whatever its cause (unknown user, wrong password, locked or
 * disabled account), is the same {@link BadCredentialsException} after the same password-hashing work, so
 * neither the message nor the timing tells whether an account exists.
 */
@Component
class PasswordAuthenticationProvider implements AuthenticationProvider {

	static final String FAILURE = "Sign-in failed. Check your username and password, or try again later.";

	private final Users users;

	private final PasswordEncoder passwords;

	private final SecuritySettings settings;

	private final TransactionTemplate transactions;

	private final SecondFactorStore secondFactors;

	private final String dummyHash;

	PasswordAuthenticationProvider(Users users, PasswordEncoder passwords, SecuritySettings settings,
			TransactionTemplate transactions, SecondFactorStore secondFactors) {
		this.users = users;
		this.secondFactors = secondFactors;
		this.passwords = passwords;
		this.settings = settings;
		this.transactions = transactions;
		this.dummyHash = passwords.encode("not-a-real-password-" + System.nanoTime());
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = String.valueOf(authentication.getName()).trim().toLowerCase(Locale.ROOT);
		Object credentials = authentication.getCredentials();
		String password = credentials == null ? "" : credentials.toString();
		CustodianPrincipal principal = transactions.execute(status -> check(username, password));
		if (principal == null) {
			throw new BadCredentialsException(FAILURE);
		}
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
	}

	private CustodianPrincipal check(String username, String password) {
		Optional<User> found = users.byUsername(username);
		boolean matches = passwords.matches(password, found.map(u -> u.passwordHash).orElse(dummyHash));
		if (found.isEmpty()) {
			return null;
		}
		User user = found.get();
		Instant now = Instant.now();
		if (user.isLocked(now) || !user.enabled) {
			return null;
		}
		if (!matches) {
			users.recordFailedSignIn(user.id, settings.lockoutThreshold(), now.plus(settings.lockoutDuration()));
			return null;
		}
		// With a second factor the count is cleared only when the code is right too, so that knowing the password
		// does not reset the attempts at guessing codes.
		if (user.failedAttempts > 0 && !secondFactors.confirmed(user.id)) {
			user.signInSucceeded();
			users.updateSignInState(user);
		}
		return CustodianPrincipal.of(user, "user");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
