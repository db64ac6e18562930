package dev.custodian.deal.web;

import java.util.UUID;

import dev.custodian.deal.DealManagement;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.ViolationWording;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a deal's page and of the board's cards: move to a stage, mark won, mark lost with a reason, delete.
 * Each carries the version the reader saw, so a change made meanwhile is reported rather than overwritten. The
 * board's drag and drop posts the same move form from a script ({@code HX-Request}); it is answered with a status
 * only: 204 when moved, 409 when stale, 400 when the move needs more (a lost reason).
 */
@Controller
class DealActionsController {

	private final DealManagement deals;

	private final MessageSource messages;

	private final ViolationWording wording;

	DealActionsController(DealManagement deals, MessageSource messages, ObjectProvider<ViolationWording> wording) {
		this.deals = deals;
		this.messages = messages;
		this.wording = ViolationWording.of(wording);
	}

	@PostMapping("/deals/{id}/stage")
	Object move(@PathVariable String id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String stageId,
			@RequestParam(required = false) @Nullable String lostReasonId,
			@RequestParam(required = false) @Nullable String next, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID dealId = dealId(id);
		UUID stage = Ids.parseOrNull(stageId);
		UUID reason = Ids.parseOrNull(lostReasonId);
		if (request.getHeader("HX-Request") != null) {
			try {
				if (stage == null) {
					return ResponseEntity.badRequest().build();
				}
				deals.move(dealId, stage, reason, version);
				return ResponseEntity.noContent().build();
			}
			catch (StaleVersionException ex) {
				return ResponseEntity.status(409).build();
			}
			catch (InvalidInputException ex) {
				return ResponseEntity.badRequest().build();
			}
		}
		String back = back(next, dealId);
		return attempt(redirect, back, dealId, "deal.notice.moved", () -> {
			if (stage == null) {
				throw InvalidInputException.of("stageId", "must name a stage of the deal's pipeline");
			}
			deals.move(dealId, stage, reason, version);
		});
	}

	@PostMapping("/deals/{id}/won")
	String won(@PathVariable String id, @RequestParam long version, RedirectAttributes redirect) {
		UUID dealId = dealId(id);
		return attempt(redirect, "redirect:/deals/" + dealId, dealId, "deal.notice.won",
				() -> deals.update(dealId, form -> form.withStatus("won"), version));
	}

	@PostMapping("/deals/{id}/lost")
	String lost(@PathVariable String id, @RequestParam long version,
			@RequestParam(required = false) @Nullable String lostReasonId, RedirectAttributes redirect) {
		UUID dealId = dealId(id);
		return attempt(redirect, "redirect:/deals/" + dealId, dealId, "deal.notice.lost",
				() -> deals.update(dealId, form -> new dev.custodian.deal.DealForm(form.name(), form.amount(),
						form.currency(), form.pipelineId(), form.stageId(), form.ownerId(), form.companyId(),
						form.contacts(), "lost", lostReasonId, form.expectedCloseDate(), form.customFields()), version));
	}

	@PostMapping("/deals/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		deals.delete(dealId(id), null);
		redirect.addFlashAttribute("notice", text("deal.notice.deleted"));
		return "redirect:/deals";
	}

	private String attempt(RedirectAttributes redirect, String back, UUID dealId, String notice, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", text(notice));
			return back;
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problem", text("deal.problem.dealStale"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", text("deal.problem.invalid") + " " + String.join("; ",
					ex.violations().stream().map(v -> field(v.field()) + ": " + wording.text(v.message())).toList()));
		}
		return "redirect:/deals/" + dealId;
	}

	/** Back to the board (or a deal's page) the form came from; anything else goes to the deal's page. */
	private static String back(@Nullable String next, UUID dealId) {
		if (next != null && (next.equals("/deals/board") || next.startsWith("/deals/board?")) && !next.contains("//")
				&& !next.contains("\\")) {
			return "redirect:" + next;
		}
		return "redirect:/deals/" + dealId;
	}

	private String field(String field) {
		return messages.getMessage("deal.field." + field, null, field, LocaleContextHolder.getLocale());
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static UUID dealId(String id) {
		return Ids.parseOrNotFound(id, DealManagement.RECORD_TYPE);
	}
}
