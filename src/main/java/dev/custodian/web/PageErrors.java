package dev.custodian.web;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
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

	PageErrors(ObjectProvider<DeniedAccess> deniedAccess) {
		this.deniedAccess = deniedAccess;
	}

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		return page(model, 404, "Not found", "There is nothing here, or it has been deleted.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(Model model, HttpServletRequest request) {
		deniedAccess.ifAvailable(denied -> denied.record(request));
		return page(model, 403, "Not allowed", "Your role does not allow this. Ask an administrator if you need it.");
	}

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInputException ex, Model model) {
		return page(model, 400, "That request was not understood",
				"Check: " + String.join(", ", ex.violations().stream().map(v -> v.field() + " " + v.message()).toList()));
	}

	@ExceptionHandler({ MissingServletRequestParameterException.class, TypeMismatchException.class,
			BindException.class, HttpMessageNotReadableException.class })
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String malformed(Model model) {
		return page(model, 400, "That request was not understood",
				"The form was incomplete or had a value of the wrong kind. Go back, reload the page and try again.");
	}

	@ExceptionHandler({ DataIntegrityViolationException.class, ConcurrencyFailureException.class })
	@ResponseStatus(HttpStatus.CONFLICT)
	String conflict(Model model) {
		log.info("Write refused by a database constraint");
		return page(model, 409, "That clashes with a change made meanwhile",
				"Someone (or a second click) stored something that conflicts with this. Reload and check.");
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String unexpected(Exception ex, Model model) {
		log.error("Unexpected failure: {}", SafeFailure.describe(ex));
		return page(model, 500, "Something went wrong", "Nothing was changed. Try again, or tell your administrator.");
	}

	/**
	 * Fills the error page. Exception handlers do not get the model attributes of {@link Navigation}, so the
	 * signed-in user is added here, and the layout keeps its navigation and sign-out link.
	 */
	static String page(Model model, int status, String title, String message, @Nullable String requestId) {
		model.addAttribute("me", Navigation.signedIn());
		model.addAttribute("status", status);
		model.addAttribute("heading", title);
		model.addAttribute("message", message);
		model.addAttribute("requestId", status >= 500 ? requestId : null);
		return "error/page";
	}

	private static String page(Model model, int status, String title, String message) {
		return page(model, status, title, message, MDC.get(AuditLog.REQUEST_ID));
	}
}
