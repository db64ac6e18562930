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
import jakarta.servlet.http.HttpServletRequest;
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
			@RequestParam(required = false) @Nullable String cursor, HttpServletRequest request) {
		TicketQuery query = TicketListParameters.query(request.getParameterMap());
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

	static @Nullable UUID currentUser() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CustodianPrincipal principal
				? principal.userId() : null;
	}
}
