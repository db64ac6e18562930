package dev.custodian.ticket.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.Ids;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import dev.custodian.ticket.TicketPriority;
import dev.custodian.ticket.TicketQuery;
import dev.custodian.ticket.TicketStatus;
import org.jspecify.annotations.Nullable;

/**
 * Reads the ticket list's query parameters ({@code q}, {@code queue}, {@code status}, {@code priority},
 * {@code assigneeId}, {@code unassigned}, {@code requesterId}, {@code tag}, {@code breached}, {@code sort},
 * {@code limit}, {@code cursor}) into a query, naming every bad one: the list and its export read them here alike.
 */
final class TicketListParameters {

	private TicketListParameters() {
	}

	/** @throws dev.custodian.shared.InvalidInputException naming every invalid parameter */
	static TicketQuery query(Map<String, String[]> parameters) {
		@Nullable String q = one(parameters, "q");
		@Nullable String queue = one(parameters, "queue");
		@Nullable String status = one(parameters, "status");
		@Nullable String priority = one(parameters, "priority");
		@Nullable String assigneeId = one(parameters, "assigneeId");
		@Nullable String unassigned = one(parameters, "unassigned");
		@Nullable String requesterId = one(parameters, "requesterId");
		@Nullable String tag = one(parameters, "tag");
		@Nullable String breached = one(parameters, "breached");
		@Nullable String sort = one(parameters, "sort");
		@Nullable String limit = one(parameters, "limit");
		@Nullable String cursor = one(parameters, "cursor");
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
		// the query checks its search text itself: collected here, so a bad q is named with the other parameters
		violations.collect(() -> new TicketQuery(q, order, null, null, null, false, null, null, null, sorted, page),
				null);
		violations.throwIfAny();
		return new TicketQuery(q, chosen, statusFilter, priorityFilter, assignee, Boolean.TRUE.equals(onlyUnassigned),
				requester, tagFilter, breachedFilter, sorted, page);
	}

	private static @Nullable Boolean bool(@Nullable String text, String field, Violations violations) {
		@Nullable String value = Text.clean(text);
		if (value == null) {
			return null;
		}
		if (!value.equals("true") && !value.equals("false")) {
			violations.add(field, "must be true or false");
			return null;
		}
		return Boolean.valueOf(value);
	}

	private static @Nullable String one(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return values == null || values.length == 0 ? null : values[0];
	}
}
