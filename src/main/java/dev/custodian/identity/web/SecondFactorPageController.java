package dev.custodian.identity.web;

import java.util.Map;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.SecondFactors;
import dev.custodian.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in user's own second factor: set it up (QR code, first code, recovery codes shown once), see how many
 * recovery codes are left, and turn it off when the role allows.
 */
@Controller
@RequestMapping("/account/second-factor")
class SecondFactorPageController {

	private final SecondFactors secondFactors;

	private final MessageSourceAccessor texts;

	SecondFactorPageController(SecondFactors secondFactors, MessageSource messages) {
		this.secondFactors = secondFactors;
		this.texts = new MessageSourceAccessor(messages);
	}

	@GetMapping
	String show(@AuthenticationPrincipal CustodianPrincipal me, Model model) {
		return page(me, model, Map.of());
	}

	@PostMapping
	String confirm(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(defaultValue = "") String code,
			Model model) {
		try {
			model.addAttribute("recoveryCodes", secondFactors.confirm(me.id(), code.trim()));
			model.addAttribute("next", "/account/second-factor");
			return "account/recovery-codes";
		}
		catch (InvalidInputException ex) {
			return page(me, model, ex.byField());
		}
	}

	@PostMapping("/off")
	String turnOff(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(defaultValue = "") String code,
			Model model, RedirectAttributes redirect) {
		try {
			secondFactors.turnOff(me.id(), code.trim());
			redirect.addFlashAttribute("notice", texts.getMessage("identity.second-factor.turned-off"));
			return "redirect:/account/second-factor";
		}
		catch (InvalidInputException ex) {
			return page(me, model, ex.byField());
		}
	}

	private String page(CustodianPrincipal me, Model model, Map<String, String> errors) {
		model.addAttribute("errors", errors);
		model.addAttribute("required", secondFactors.required(me.role()));
		if (secondFactors.enrolled(me.id())) {
			model.addAttribute("recoveryCodesLeft", secondFactors.recoveryCodesLeft(me.id()));
			return "account/second-factor";
		}
		model.addAttribute("enrolment", secondFactors.begin(me.id()));
		model.addAttribute("action", "/account/second-factor");
		return "account/second-factor-setup";
	}
}
