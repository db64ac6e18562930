package dev.custodian.ticket.web;

import java.time.Instant;
import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Text;
import dev.custodian.shared.Versions;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Violations;
import dev.custodian.ticket.Ticket;
import dev.custodian.ticket.TicketForm;
import dev.custodian.ticket.TicketId;
import dev.custodian.ticket.TicketManagement;
import dev.custodian.ticket.TicketPriority;
import dev.custodian.ticket.TicketQuery;
import dev.custodian.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/tickets}: open, read, merge-patch, delete and list tickets.
 */
@RestController
@RequestMapping("/api/v1/tickets")
class TicketApiController implements TicketApiDocs {

	private final TicketManagement tickets;

	TicketApiController(TicketManagement tickets) {
		this.tickets = tickets;
	}

	@GetMapping
	@Override
	public CountedPage<TicketResource> list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String queue,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String priority,
			@RequestParam(required = false) @Nullable String assigneeId,
			@RequestParam(required = false) @Nullable String unassigned,
			@RequestParam(required = false) @Nullable String requesterId,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String breached,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		Violations violations = new Violations();
		TicketQuery.Queue chosen = TicketQuery.Queue.ALL;
		if (Text.clean(queue) != null) {
			chosen = TicketQuery.Queue.fromCode(queue.strip()).orElse(TicketQuery.Queue.ALL);
			if (TicketQuery.Queue.fromCode(queue.strip()).isEmpty()) {
				violations.add("queue", "must be one of " + TicketQuery.Queue.codes());
			}
		}
		TicketStatus statusFilter = null;
		if (Text.clean(status) != null) {
			statusFilter = TicketStatus.fromCode(status.strip()).orElse(null);
			if (statusFilter == null) {
				violations.add("status", "must be one of " + TicketStatus.codes());
			}
		}
		TicketPriority priorityFilter = null;
		if (Text.clean(priority) != null) {
			priorityFilter = TicketPriority.fromCode(priority.strip()).orElse(null);
			if (priorityFilter == null) {
				violations.add("priority", "must be one of " + TicketPriority.codes());
			}
		}
		UUID assignee = Ids.optional(assigneeId, "assigneeId", violations);
		UUID requester = Ids.optional(requesterId, "requesterId", violations);
		Boolean onlyUnassigned = bool(unassigned, "unassigned", violations);
		Boolean breachedFilter = bool(breached, "breached", violations);
		String tagFilter = Text.clean(tag) == null ? null : tag.strip().toLowerCase(java.util.Locale.ROOT);
		TicketQuery.Queue order = chosen;
		ListSort sorted = violations.collect(() -> TicketQuery.sort(sort, order), TicketQuery.DEFAULT_SORT);
		PageRequest page = violations.collect(() -> PageRequest.parse(limit, cursor), PageRequest.first(1));
		TicketQuery query = violations.collect(() -> new TicketQuery(q, order, null, null, null, false, null, null,
				null, sorted, page), null);
		violations.throwIfAny();
		query = new TicketQuery(q, chosen, statusFilter, priorityFilter, assignee, Boolean.TRUE.equals(onlyUnassigned),
				requester, tagFilter, breachedFilter, sorted, page);
		UUID me = currentUser();
		Instant now = DbTime.now();
		return CountedPage.of(tickets.list(query, me), tickets.count(query, me)).map(t -> TicketResource.of(t, now));
	}

	@PostMapping
	@Override
	public ResponseEntity<TicketResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		TicketForm form = TicketResource.read(body, TicketForm.empty(), violations);
		violations.throwIfAnyWith(() -> tickets.problemsWith(form));
		Ticket ticket = tickets.create(form);
		return VersionedAnswers.created("/api/v1/tickets", ticket.id(), ticket.version(),
				TicketResource.of(ticket, DbTime.now()));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<TicketResource> get(@PathVariable String id) {
		return current(tickets.get(ticketId(id)));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<TicketResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		TicketId ticketId = ticketId(id);
		long expected = Versions.expected(ifMatch);
		return current(tickets.patch(ticketId, (stored, violations) -> TicketResource.read(body, stored, violations),
				expected));
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		tickets.delete(ticketId(id), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<TicketResource> current(Ticket ticket) {
		return VersionedAnswers.current(ticket.version(), TicketResource.of(ticket, DbTime.now()));
	}

	private static TicketId ticketId(String id) {
		return new TicketId(Ids.parseOrNotFound(id, "ticket"));
	}

	private static @Nullable Boolean bool(@Nullable String text, String field, Violations violations) {
		String value = Text.clean(text);
		if (value == null) {
			return null;
		}
		if (!value.equals("true") && !value.equals("false")) {
			violations.add(field, "must be true or false");
			return null;
		}
		return Boolean.valueOf(value);
	}

	private static @Nullable UUID currentUser() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal.userId() : null;
	}
}
