package dev.custodian.identity.web;

import java.util.Map;

import dev.custodian.identity.Enrolment;
import dev.custodian.identity.PendingSignIn;
import dev.custodian.identity.SignInSteps;
import dev.custodian.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in steps after the password ({@link SignInSteps}): the second-factor code, a new password in place of
 * a generated one, and setting up a second factor the role requires. Each page answers only at its own step.
 */
@Controller
@RequestMapping("/login")
class SignInPageController {

	private final SignInSteps steps;

	SignInPageController(SignInSteps steps) {
		this.steps = steps;
	}

	@GetMapping("/code")
	String codeForm(Model model) {
		return at(PendingSignIn.Step.SECOND_FACTOR, "login/code");
	}

	@PostMapping("/code")
	String code(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "false") boolean remember,
			HttpServletRequest request, HttpServletResponse response) {
		return "redirect:" + steps.submitCode(request, response, code.trim(), remember);
	}

	@GetMapping("/new-password")
	String newPasswordForm(Model model) {
		model.addAttribute("errors", Map.of());
		return at(PendingSignIn.Step.NEW_PASSWORD, "login/new-password");
	}

	@PostMapping("/new-password")
	String newPassword(@RequestParam(defaultValue = "") String password, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			return "redirect:" + steps.submitNewPassword(request, response, password);
		}
		catch (InvalidInputException ex) {
			model.addAttribute("errors", ex.byField());
			return "login/new-password";
		}
	}

	@GetMapping("/enrol")
	String enrolForm(Model model) {
		return enrolPage(model, Map.of());
	}

	@PostMapping("/enrol")
	String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			SignInSteps.Enrolled enrolled = steps.confirmEnrolment(request, response, code.trim());
			if (enrolled == null) {
				return "redirect:/login";
			}
			model.addAttribute("recoveryCodes", enrolled.recoveryCodes());
			model.addAttribute("next", enrolled.next());
			return "account/recovery-codes";
		}
		catch (InvalidInputException ex) {
			return enrolPage(model, ex.byField());
		}
	}

	private String enrolPage(Model model, Map<String, String> errors) {
		Enrolment enrolment = steps.beginEnrolment();
		if (enrolment == null) {
			return "redirect:/login";
		}
		model.addAttribute("enrolment", enrolment);
		model.addAttribute("action", "/login/enrol");
		model.addAttribute("required", true);
		model.addAttribute("errors", errors);
		return "account/second-factor-setup";
	}

	private String at(PendingSignIn.Step step, String view) {
		PendingSignIn pending = steps.pending();
		return pending != null && pending.step() == step ? view : "redirect:/login";
	}
}
