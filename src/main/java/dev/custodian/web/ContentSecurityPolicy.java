package dev.custodian.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A nonce-based content security policy for every page: a script runs only when it comes from the application
 * and carries this response's nonce, so neither an injected {@code <script>} nor an inline event handler would
 * run. Templates put the nonce ({@code ${cspNonce}}) on their script tags; behaviour lives in
 * {@code /js/custodian.js}, never in attributes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ContentSecurityPolicy extends OncePerRequestFilter {

	static final String NONCE = "cspNonce";

	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] bytes = new byte[18];
		RANDOM.nextBytes(bytes);
		String nonce = Base64.getEncoder().encodeToString(bytes);
		request.setAttribute(NONCE, nonce);
		response.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; "
				+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'");
		chain.doFilter(request, response);
	}
}
