package dev.custodian.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a signed-in session against the stored user on every request, so that disabling a user or changing
 * their role takes effect at once on every node rather than when the session expires. It also gives the principal
 * its names, which a session never stores (see {@link CustodianPrincipal}).
 */
class SessionRefresh extends OncePerRequestFilter {

	private final Users users;

	SessionRefresh(Users users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				&& principal.via().equals("user")) {
			Optional<User> stored = users.byId(principal.id().value()).filter(user -> user.enabled);
			if (stored.isEmpty()) {
				SecurityContextHolder.clearContext();
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			else if (stored.get().role != principal.role()
					|| !stored.get().displayName.equals(principal.displayName())
					|| !stored.get().username.equals(principal.username())) {
				CustodianPrincipal fresh = CustodianPrincipal.of(stored.get(), "user");
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.authorities()));
				SecurityContextHolder.setContext(context);
			}
		}
		chain.doFilter(request, response);
	}
}
