package dev.custodian.web;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
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

	@ExceptionHandler(NotFoundException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		return page(model, 404, "Not found", "There is nothing here, or it has been deleted.");
	}

	@ExceptionHandler(AccessDeniedException.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String denied(Model model) {
		return page(model, 403, "Not allowed", "Your role does not allow this. Ask an administrator if you need it.");
	}

	@ExceptionHandler(InvalidInputException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String invalid(InvalidInputException ex, Model model) {
		return page(model, 400, "That request was not understood",
				"Check: " + String.join(", ", ex.violations().stream().map(v -> v.field() + " " + v.message()).toList()));
	}

	@ExceptionHandler(Exception.class)
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String unexpected(Exception ex, Model model) {
		log.error("Unexpected failure", ex);
		return page(model, 500, "Something went wrong", "Nothing was changed. Try again, or tell your administrator.");
	}

	private static String page(Model model, int status, String title, String message) {
		model.addAttribute("status", status);
		model.addAttribute("heading", title);
		model.addAttribute("message", message);
		return "error/page";
	}
}
