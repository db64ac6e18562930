package dev.custodian.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Writes the RFC 9457 bodies of 401 and 403 answers that security filters give before any controller runs.
 * The texts are fixed, so no escaping beyond quotes is needed.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		if (status == HttpServletResponse.SC_UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"custodian\"");
		}
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title.replace("\"", "'")
				+ "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'") + "\"}");
	}
}
