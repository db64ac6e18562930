package dev.custodian.ticket.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.contact.ContactManagement;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.LinkableRecords;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.ticket.Ticket;
import dev.custodian.ticket.TicketChannel;
import dev.custodian.ticket.TicketForm;
import dev.custodian.ticket.TicketId;
import dev.custodian.ticket.TicketManagement;
import dev.custodian.ticket.TicketPriority;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket's page with its quick changes (status, priority, assignee), its form and its deletion. The requester is
 * chosen when the ticket is opened (from the contact's page, or by a contact's id) and shown by name through the
 * contact module's links, or as "erased person".
 */
@Controller
@RequestMapping("/tickets")
class TicketPageController {

	private final TicketManagement tickets;

	private final UserManagement users;

	private final List<LinkableRecords> links;

	private final MessageSource messages;

	private final ContactManagement contacts;

	TicketPageController(TicketManagement tickets, UserManagement users, List<LinkableRecords> links,
			MessageSource messages, ContactManagement contacts) {
		this.contacts = contacts;
		this.tickets = tickets;
		this.users = users;
		this.links = links;
		this.messages = messages;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "number", "version", "status", "createdAt", "updatedAt");
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('ticket:write')")
	String newForm(@RequestParam(required = false) @Nullable String requester, Model model) {
		UUID requesterId = Ids.parseOrNull(requester);
		return form(model, TicketPageForm.empty(requesterId == null ? null : requesterId.toString()), null, Map.of(),
				null);
	}

	@PostMapping
	String create(@ModelAttribute("form") TicketPageForm form, Model model, RedirectAttributes redirect) {
		try {
			Ticket created = tickets.create(withRequesterFoundByEmail(form).toNew());
			redirect.addFlashAttribute("notice", text("ticket.notice.created", created.reference()));
			return "redirect:/tickets/" + created.id();
		}
		catch (InvalidInputException ex) {
			return form(model, form, null, ex.byField(), null);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, Model model) {
		Ticket ticket = tickets.get(ticketId(id));
		model.addAttribute("ticket", ticket);
		model.addAttribute("sla", SlaView.of(ticket, DbTime.now()));
		model.addAttribute("requester", requesterName(ticket.requesterId()));
		model.addAttribute("assignees", users.activeUsers());
		model.addAttribute("assigneeName", ticket.assigneeId() == null ? null
				: users.find(new dev.custodian.identity.UserId(ticket.assigneeId())).map(u -> u.displayName())
					.orElse(null));
		model.addAttribute("priorities", TicketPriority.values());
		return "ticket/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('ticket:write')")
	String editForm(@PathVariable String id, Model model) {
		Ticket ticket = tickets.get(ticketId(id));
		if (ticket.restricted()) {
			throw new RestrictedException();
		}
		model.addAttribute("version", ticket.version());
		return form(model, TicketPageForm.of(ticket), ticket, Map.of(), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @RequestParam long version, @ModelAttribute("form") TicketPageForm form,
			Model model, RedirectAttributes redirect) {
		TicketId ticketId = ticketId(id);
		model.addAttribute("version", version);
		try {
			tickets.patch(ticketId, form::over, version);
			redirect.addFlashAttribute("notice", text("ticket.notice.saved"));
			return "redirect:/tickets/" + ticketId;
		}
		catch (InvalidInputException ex) {
			return form(model, form, tickets.get(ticketId), ex.byField(), null);
		}
		catch (StaleVersionException ex) {
			return form(model, form, tickets.get(ticketId), Map.of(), text("ticket.form.stale"));
		}
	}

	/** A quick change from the ticket page: one field (status, priority or assignee), the rest kept. */
	@PostMapping("/{id}/quick")
	String quick(@PathVariable String id, @RequestParam long version, @RequestParam String field,
			@RequestParam(required = false) @Nullable String value, RedirectAttributes redirect) {
		TicketId ticketId = ticketId(id);
		try {
			tickets.patch(ticketId, stored -> switch (field) {
				case "status" -> new TicketForm(stored.subject(), stored.description(), value, stored.priority(),
						stored.channel(), stored.requesterId(), stored.assigneeId(), stored.tags());
				case "priority" -> new TicketForm(stored.subject(), stored.description(), stored.status(), value,
						stored.channel(), stored.requesterId(), stored.assigneeId(), stored.tags());
				default -> new TicketForm(stored.subject(), stored.description(), stored.status(), stored.priority(),
						stored.channel(), stored.requesterId(), value, stored.tags());
			}, version);
			redirect.addFlashAttribute("notice", text("ticket.notice.saved"));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problem", text("ticket.notice.refused"));
		}
		catch (StaleVersionException ex) {
			redirect.addFlashAttribute("problem", text("ticket.form.stale"));
		}
		return "redirect:/tickets/" + ticketId;
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		tickets.delete(ticketId(id), null);
		redirect.addFlashAttribute("notice", text("ticket.notice.deleted"));
		return "redirect:/tickets";
	}

	private String form(Model model, TicketPageForm form, @Nullable Ticket ticket, Map<String, String> errors,
			@Nullable String problem) {
		model.addAttribute("form", form);
		model.addAttribute("ticket", ticket);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("assignees", users.activeUsers());
		model.addAttribute("priorities", TicketPriority.values());
		model.addAttribute("channels", TicketChannel.values());
		UUID requester = Ids.parseOrNull(form.requesterId());
		model.addAttribute("requester", requester == null ? null : requesterName(requester));
		return "ticket/form";
	}

	/**
	 * The form with the requester's id in place of the email typed for it: an agent opening a ticket from a phone call
	 * knows the caller's email, not an id. The contact is found through its email's blind index, among the contacts
	 * the agent may read.
	 * @throws InvalidInputException naming {@code requesterId} when no such contact is found
	 */
	private TicketPageForm withRequesterFoundByEmail(TicketPageForm form) {
		String typed = form.requesterId() == null ? "" : form.requesterId().trim();
		if (!typed.contains("@")) {
			return form;
		}
		UUID found = contacts.findByEmail(typed)
			.map(contact -> contact.value())
			.orElseThrow(() -> InvalidInputException.of("requesterId", "names no contact with this email"));
		return new TicketPageForm(form.subject(), form.description(), form.priority(), form.channel(),
				found.toString(), form.assigneeId(), form.tags());
	}

	/** The requester's name, or null when the caller may not read them (or they were erased). */
	private @Nullable String requesterName(UUID requester) {
		return links.stream()
			.filter(records -> records.kind().equals("contact"))
			.map(records -> records.labels(List.of(requester)).get(requester))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static TicketId ticketId(String id) {
		return new TicketId(Ids.parseOrNotFound(id, "ticket"));
	}
}
