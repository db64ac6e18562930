package dev.custodian.web;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
import jakarta.servlet.http.HttpServletRequest;
import dev.custodian.audit.AuditLog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Plain-language error pages for the web UI.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final ObjectProvider<DeniedAccess> deniedAccess;

	private final ViolationTexts violations;

	PageErrors(ObjectProvider<DeniedAccess> deniedAccess, ViolationTexts violations) {
		this.deniedAccess = deniedAccess;
		this.violations = violations;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		return page(model, 404, "not-found");
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(Model model, HttpServletRequest request) {
		deniedAccess.ifAvailable(denied -> denied.record(request));
		return page(model, 403, "denied");
	}

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInputException ex, Model model) {
		// the request id stated, else the joined text would bind to page(…, requestId, args…) as the request id
		return page(model, 400, "invalid", MDC.get(AuditLog.REQUEST_ID), String.join(", ",
				ex.violations().stream().map(v -> v.field() + " " + violations.text(v.message())).toList()));
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, TypeMismatchException.class,
			BindException.class, HttpMessageNotReadableException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformed(Model model) {
		return page(model, 400, "malformed-form");
	}

	@ExceptionHandler(RestrictedException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String restricted(Model model) {
		return page(model, 409, "restricted");
	}

	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model) {
		log.info("Write refused by a database constraint");
		return page(model, 409, "conflict");
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String unexpected(Exception ex, Model model) {
		log.error("Unexpected failure: {}", SafeFailure.describe(ex));
		return page(model, 500, "unexpected");
	}

	/**
	 * Fills the error page with the texts {@code error.<kind>.title} and {@code error.<kind>.text} (which may take
	 * {@code args}) of the message bundles. Exception handlers do not get the model attributes of
	 * {@link Navigation}, so the signed-in user is added here, and the layout keeps its navigation and sign-out link.
	 */
	static String page(Model model, int status, String kind, @Nullable String requestId, Object... args) {
		model.addAttribute("me", Navigation.signedIn());
		model.addAttribute("status", status);
		model.addAttribute("headingKey", "error." + kind + ".title");
		model.addAttribute("messageKey", "error." + kind + ".text");
		model.addAttribute("messageArgs", args);
		model.addAttribute("requestId", status >= 500 ? requestId : null);
		return "error/page";
	}

	private static String page(Model model, int status, String kind, Object... args) {
		return page(model, status, kind, MDC.get(AuditLog.REQUEST_ID), args);
	}
}
