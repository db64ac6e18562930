package dev.custodian.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Everything that fails outside a controller (an unknown address, a method an endpoint does not take, a failure
 * while rendering, a request the server refused) ends here instead of the framework's default page: under
 * {@code /api} as problem+json, elsewhere as a page in the usual layout that says what happened and offers a way
 * back. A server error names its request id, never what went wrong inside.
 */
@Controller
class ErrorPages implements ErrorController {

	/** The kind of page (its texts are {@code error.<kind>.title} and {@code .text}) for each status. */
	private static final Map<Integer, String> PAGES = Map.of(400, "malformed", 403, "denied", 404, "no-page",
			405, "method", 413, "too-large");

	@RequestMapping("${server.error.path:/error}")
	Object error(HttpServletRequest request, Model model) {
		HttpStatus status = status(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (path != null && (path.startsWith("/api/") || path.startsWith("/actuator/"))) {
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem(status,
					request));
		}
		String kind = PAGES.getOrDefault(status.value(), status.is5xxServerError() ? "unexpected" : "other");
		return PageErrors.page(model, status.value(), kind, RequestIdFilter.current(request));
	}

	private static ProblemDetail problem(HttpStatus status, HttpServletRequest request) {
		String detail = switch (status.value()) {
			case 404 -> "There is no such endpoint; check the path and the API version.";
			case 405 -> "This endpoint does not accept this method; the Allow header lists those it does.";
			case 400 -> "The request was malformed (its address, headers or encoding).";
			case 401 -> "Authentication is required.";
			case 403 -> "You may not do this.";
			default -> status.is5xxServerError()
					? "Something went wrong on our side; nothing was changed. Quote the X-Request-Id header when you report it."
					: status.getReasonPhrase();
		};
		ProblemDetail problem = ApiProblems.problem(status, status.getReasonPhrase(), detail);
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			try {
				problem.setInstance(new java.net.URI(path));
			}
			catch (java.net.URISyntaxException ex) {
				// a malformed address is what was refused: leave it out of the answer
			}
		}
		String requestId = RequestIdFilter.current(request);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		@Nullable HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}
}
