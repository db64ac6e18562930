package dev.custodian.ticket.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortOption;
import dev.custodian.ticket.Ticket;
import dev.custodian.ticket.TicketManagement;
import dev.custodian.ticket.TicketQuery;
import dev.custodian.ticket.TicketQuery.Queue;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ticket queues, and the tickets of one requester for the contact page. Search words are posted, never put in
 * the URL (they are the requester's words); queue, sort and cursor travel in links. With {@code HX-Request} the list
 * answers with its results (or, for "Show more", its next rows) only.
 */
@Controller
@RequestMapping("/tickets")
class TicketListController {

	static final List<SortOption> SORTS = List.of(new SortOption("-updated", "ticket.sort.desc-updated"),
			new SortOption("due", "ticket.sort.due"), new SortOption("-priority", "ticket.sort.desc-priority"),
			new SortOption("-number", "ticket.sort.desc-number"));

	private final TicketManagement tickets;

	private final UserManagement users;

	TicketListController(TicketManagement tickets, UserManagement users) {
		this.tickets = tickets;
		this.users = users;
	}

	@GetMapping
	String list(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(required = false) @Nullable String queue,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		return search(me, null, queue, sort, cursor, htmx, model);
	}

	@PostMapping("/search")
	String search(@AuthenticationPrincipal CustodianPrincipal me, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String queue,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		Queue chosen = queue == null ? Queue.OPEN : Queue.fromCode(queue).orElse(Queue.OPEN);
		ListSort order = orDefault(sort, chosen);
		String text = q == null || q.isBlank() ? null : q.strip();
		PageRequest page = cursor == null || cursor.isBlank() ? PageRequest.first(25) : PageRequest.parse("25", cursor);
		TicketQuery query = new TicketQuery(text, chosen, null, null, null, false, null, null, null, order, page);
		KeysetPage<Ticket> found = tickets.list(query, me.userId());
		model.addAttribute("page", found);
		model.addAttribute("count", tickets.count(query, me.userId()));
		model.addAttribute("q", text == null ? "" : text);
		model.addAttribute("queue", chosen.code());
		model.addAttribute("queues", Queue.codes());
		model.addAttribute("sort", order.code());
		java.util.Map<String, String> export = new java.util.LinkedHashMap<>(java.util.Map.of("q",
				text == null ? "" : text, "queue", chosen.code(), "sort", order.code()));
		model.addAttribute("exportFilters", export);
		model.addAttribute("exportHref", dev.custodian.shared.ExportLinks.page("tickets", export));
		model.addAttribute("exportSearched", text != null);
		model.addAttribute("sorts", SORTS);
		addRows(found.items(), model);
		if (htmx != null && cursor != null && !cursor.isBlank()) {
			return "ticket/list :: rows";
		}
		return htmx != null ? "ticket/list :: results" : "ticket/list";
	}

	/** The requester's tickets: a section of the contact page (htmx) or a page of its own. */
	@GetMapping("/of/contact/{id}")
	String ofContact(@PathVariable String id, @RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		UUID contact = Ids.parseOrNotFound(id, "contact");
		PageRequest page = cursor == null || cursor.isBlank() ? PageRequest.first(10) : PageRequest.parse("10", cursor);
		TicketQuery query = TicketQuery.requestedBy(contact, page);
		KeysetPage<Ticket> found = tickets.list(query, null);
		model.addAttribute("page", found);
		model.addAttribute("count", tickets.count(query, null));
		model.addAttribute("contactId", contact);
		addRows(found.items(), model);
		return htmx != null ? "ticket/of-contact :: list" : "ticket/of-contact";
	}

	private void addRows(List<Ticket> items, Model model) {
		java.time.Instant now = DbTime.now();
		Map<UUID, SlaView> sla = new HashMap<>();
		items.forEach(t -> sla.put(t.id().value(), SlaView.of(t, now)));
		model.addAttribute("sla", sla);
		model.addAttribute("assignees", assigneeNames(users));
	}

	static Map<UUID, String> assigneeNames(UserManagement users) {
		Map<UUID, String> names = new HashMap<>();
		for (UserAccount user : users.activeUsers()) {
			names.put(user.id().value(), user.displayName());
		}
		return names;
	}

	private static ListSort orDefault(@Nullable String sort, Queue queue) {
		try {
			return TicketQuery.sort(sort, queue);
		}
		catch (InvalidInputException ex) {
			return TicketQuery.defaultSort(queue);
		}
	}
}
