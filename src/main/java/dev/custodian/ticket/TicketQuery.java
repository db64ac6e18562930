package dev.custodian.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.ListSort;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.SortKey;
import dev.custodian.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Filters and order of the ticket list; each filter is optional. {@code q} is a number ({@code 123} or
 * {@code #123}) or words that each start a word of the subject. The queue narrows first: unassigned, mine (assigned
 * to the caller) and open take tickets still active (new, open or pending); breached takes those past a deadline.
 *
 * @param breached true: only tickets breached now; false: only those not breached; null: both
 */
public record TicketQuery(@Nullable String q, Queue queue, @Nullable TicketStatus status,
		@Nullable TicketPriority priority, @Nullable UUID assigneeId, boolean unassigned, @Nullable UUID requesterId,
		@Nullable String tag, @Nullable Boolean breached, ListSort sort, PageRequest page) {

	/** Far in the future: where tickets without a deadline sort by due. */
	static final String NO_DEADLINE = "timestamp with time zone '9999-12-31 00:00:00+00'";

	static final List<SortKey> SORT_KEYS = List.of(SortKey.time("updated", "t.updated_at"),
			SortKey.number("priority", "t.priority"), SortKey.time("due", "coalesce(t.breach_at, " + NO_DEADLINE + ")"),
			SortKey.number("number", "t.number"));

	/** Most recently updated first. */
	public static final ListSort DEFAULT_SORT = new ListSort(SORT_KEYS.get(0), true);

	public TicketQuery {
		Text.checkSearch("q", q);
	}

	/** The first page of a queue, in its default order. */
	public static TicketQuery of(Queue queue, PageRequest page) {
		return new TicketQuery(null, queue, null, null, null, false, null, null, null, defaultSort(queue), page);
	}

	/** The requester's tickets, newest first. */
	public static TicketQuery requestedBy(UUID requester, PageRequest page) {
		return new TicketQuery(null, Queue.ALL, null, null, null, false, requester, null, null, DEFAULT_SORT, page);
	}

	/** The breached queue comes soonest-due first, every other list most recently updated first. */
	public static ListSort defaultSort(Queue queue) {
		return queue == Queue.BREACHED ? new ListSort(SORT_KEYS.get(2), false) : DEFAULT_SORT;
	}

	/**
	 * Reads a sort parameter: {@code updated}, {@code priority}, {@code due} or {@code number}, each optionally after
	 * {@code -}.
	 * @throws dev.custodian.shared.InvalidInputException naming {@code sort}
	 */
	public static ListSort sort(@Nullable String text, Queue queue) {
		return ListSort.parse("sort", text, SORT_KEYS, defaultSort(queue));
	}

	/** The lists a support agent works from. */
	public enum Queue {

		ALL, UNASSIGNED, MINE, OPEN, BREACHED;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		public static Optional<Queue> fromCode(String code) {
			return Arrays.stream(values()).filter(q -> q.code().equals(code)).findFirst();
		}

		public static List<String> codes() {
			return Arrays.stream(values()).map(Queue::code).toList();
		}
	}

	/** The same filters and order, another page: how an export walks the list batch by batch. */
	public TicketQuery withPage(PageRequest next) {
		return new TicketQuery(q, queue, status, priority, assigneeId, unassigned, requesterId, tag, breached, sort,
				next);
	}
}
