package dev.custodian.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds HTTP Basic to the same rules as the sign-in page: a user with a second factor sends a current code in
 * {@value #HEADER} with the password (a wrong code counts toward the lock-out); a user whose role requires a
 * second factor but has none yet, or whose password was generated, must first sign in to the web UI. Bearer
 * tokens are not affected.
 */
class BasicSecondFactor extends OncePerRequestFilter {

	static final String HEADER = "X-Custodian-OTP";

	private final Users users;

	private final SecondFactors secondFactors;

	BasicSecondFactor(Users users, SecondFactors secondFactors) {
		this.users = users;
		this.secondFactors = secondFactors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6) && authentication != null
				&& authentication.getPrincipal() instanceof CustodianPrincipal principal) {
			String refusal = refusal(principal, request.getHeader(HEADER));
			if (refusal != null) {
				SecurityContextHolder.clearContext();
				ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", refusal);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private @Nullable String refusal(CustodianPrincipal principal, @Nullable String code) {
		Optional<User> user = users.byId(principal.id().value());
		if (user.isEmpty()) {
			return "Authentication is required.";
		}
		if (user.get().passwordMustChange) {
			return "Sign in to the web UI first and replace the generated password.";
		}
		if (secondFactors.enrolled(principal.id())) {
			if (code == null || code.isBlank()) {
				return "This account has a second factor: send a current code in the " + HEADER + " header.";
			}
			return secondFactors.check(principal.id().value(), code.trim()) == SecondFactors.Check.ACCEPTED ? null
					: "The code in the " + HEADER + " header is wrong or was already used.";
		}
		if (secondFactors.required(user.get().role)) {
			return "Your role requires a second factor: sign in to the web UI once to set it up.";
		}
		return null;
	}
}
