package dev.custodian.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decodes the request's parameters up front, so that a query string the container cannot decode (a {@code %}
 * not followed by two hex digits, bytes that are not UTF-8) is answered as the client mistake it is: 400, as
 * problem+json under {@code /api}. Left to the controllers, the container's failure would surface later as an
 * unexpected exception, a 500. The answer does not repeat the query: it may hold a name.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class QueryParameterCheck extends OncePerRequestFilter {

	static final String PROBLEM = """
			{"type":"about:blank","title":"Invalid input","status":400,"detail":"Some fields are invalid; see errors.",\
			"errors":[{"field":"query","message":"is not valid percent-encoded UTF-8"}]}""";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat reports undecodable parameters with an IllegalStateException (InvalidParameterException)
			if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
			}
			else {
				response.sendError(HttpStatus.BAD_REQUEST.value());
			}
			return;
		}
		chain.doFilter(request, response);
	}
}
