package dev.custodian.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.custodian.audit.AuditLog;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a UUID, else a new one), puts it in the
 * log context and the audit entries, and echoes it in the response.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	private static final String ATTRIBUTE = RequestIdFilter.class.getName();

	/** Only a UUID is taken from the caller: it cannot carry a name or any other words into the audit trail. */
	private static final Pattern SAFE = Pattern.compile(
			"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	/** The id of this request, also on an error dispatch (where the log context is gone). */
	static @Nullable String current(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof String id ? id : MDC.get(AuditLog.REQUEST_ID);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = incoming != null && SAFE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
		MDC.put(AuditLog.REQUEST_ID, id);
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(AuditLog.REQUEST_ID);
		}
	}
}
