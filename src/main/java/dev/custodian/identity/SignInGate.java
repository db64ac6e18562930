package dev.custodian.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a sign-in that is still in its steps ({@link PendingSignIn}) to those steps: on the pages it sends every
 * other request to the current step, and the API treats it as no sign-in at all.
 */
class SignInGate extends OncePerRequestFilter {

	private static final List<String> OPEN = List.of("/login", "/logout", "/css/", "/js/", "/webjars/",
			"/favicon.ico", "/favicon.svg", "/error", "/language");

	private final boolean api;

	private SignInGate(boolean api) {
		this.api = api;
	}

	static SignInGate forPages() {
		return new SignInGate(false);
	}

	static SignInGate forApi() {
		return new SignInGate(true);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SecurityContextHolder.getContext().getAuthentication() instanceof PendingSignIn pending) {
			if (api) {
				// Only for this request: the session keeps its sign-in in progress.
				SecurityContextHolder.clearContext();
			}
			else {
				String path = request.getRequestURI().substring(request.getContextPath().length());
				if (OPEN.stream().noneMatch(path::startsWith)) {
					response.sendRedirect(request.getContextPath() + pending.step().path());
					return;
				}
			}
		}
		chain.doFilter(request, response);
	}
}
