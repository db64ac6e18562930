package dev.custodian.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import dev.custodian.shared.ConflictException;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.GoneException;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.PreconditionRequiredException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.StaleVersionException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import dev.custodian.customfield.SpecialCategoryDeniedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of an API call into RFC 9457 problem+json. Client mistakes get their 4xx with every
 * invalid field named; anything unexpected is a 500 whose body says no more than the request id. No message
 * repeats submitted values, so no personal data leaks into answers or logs.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final ObjectProvider<DeniedAccess> deniedAccess;

	ApiProblems(ObjectProvider<DeniedAccess> deniedAccess) {
		this.deniedAccess = deniedAccess;
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException ex) {
		return invalid(ex.violations());
	}

	static ProblemDetail invalid(List<FieldViolation> violations) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				"Some fields are invalid; see errors.");
		problem.setProperty("errors", violations.stream()
			.map(v -> Map.of("field", v.field(), "message", v.message()))
			.toList());
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler(GoneException.class)
	ProblemDetail gone(GoneException ex) {
		return problem(HttpStatus.GONE, "Gone", ex.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
		// ids as strings; numbers, lists and maps (how many records hold an option, say) as JSON has them
		ex.properties().forEach((key, value) -> problem.setProperty(key,
				value instanceof Number || value instanceof java.util.Collection<?> || value instanceof Map<?, ?>
						? value : value.toString()));
		return problem;
	}

	/** A restricted person's record (Art. 18) refuses the change until the restriction is lifted. */
	@ExceptionHandler(RestrictedException.class)
	ProblemDetail restricted(RestrictedException ex) {
		return problem(HttpStatus.CONFLICT, "Restricted", ex.getMessage());
	}

	@ExceptionHandler(StaleVersionException.class)
	ResponseEntity<ProblemDetail> stale(StaleVersionException ex) {
		return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
			.header(HttpHeaders.ETAG, dev.custodian.shared.Versions.etag(ex.currentVersion()))
			.body(problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", ex.getMessage()));
	}

	@ExceptionHandler(PreconditionRequiredException.class)
	ProblemDetail preconditionRequired(PreconditionRequiredException ex) {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "Precondition required", ex.getMessage());
	}

	@ExceptionHandler(SpecialCategoryDeniedException.class)
	ProblemDetail deniedField(SpecialCategoryDeniedException ex, HttpServletRequest request) {
		deniedAccess.ifAvailable(denied -> denied.record(request));
		ProblemDetail problem = problem(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
		problem.setProperty("errors", List.of(new FieldViolation(ex.field(),
				"may only be set by roles granted its special category")));
		return problem;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex, HttpServletRequest request) {
		deniedAccess.ifAvailable(denied -> denied.record(request));
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "You may not do this.");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return invalid(List.of(new FieldViolation(ex.getName(), "has the wrong format")));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.info("Write refused by a database constraint: {}", ex.getClass().getSimpleName());
		return problem(HttpStatus.CONFLICT, "Conflict",
				"The change clashes with data stored meanwhile (a unique value, or a deleted reference); retry.");
	}

	/** What is left when every retry of a transaction lost a deadlock or lock wait (see RetriedOnContention). */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ProblemDetail contention(ConcurrencyFailureException ex) {
		log.info("Write lost to concurrent changes: {}", ex.getClass().getSimpleName());
		return problem(HttpStatus.CONFLICT, "Conflict",
				"The record was being changed by another request at the same moment; nothing was changed. Retry.");
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		log.error("Unexpected failure: {}", SafeFailure.describe(ex));
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"Something went wrong on our side; nothing was changed. Quote the X-Request-Id header when you report it.");
		String requestId = org.slf4j.MDC.get(dev.custodian.audit.AuditLog.REQUEST_ID);
		if (requestId != null) {
			problem.setProperty("requestId", requestId);
		}
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(invalid(List.of(new FieldViolation("body", "is not valid JSON"))));
	}

	static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}
}
