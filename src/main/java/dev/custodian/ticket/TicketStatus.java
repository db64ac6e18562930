package dev.custodian.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where a ticket stands. The legal moves: new goes anywhere but back to new; open goes to pending, solved or closed;
 * pending goes back to open or on to solved or closed; solved reopens to open or is closed; closed is final. The SLA
 * clock runs in new and open, and stands still in pending and solved (waiting for the customer, or for their
 * confirmation) and for good in closed.
 */
public enum TicketStatus {

	NEW, OPEN, PENDING, SOLVED, CLOSED;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TicketStatus> fromCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(TicketStatus::code).toList();
	}

	/** The statuses this one may move to. */
	public Set<TicketStatus> next() {
		return switch (this) {
			case NEW -> Set.of(OPEN, PENDING, SOLVED, CLOSED);
			case OPEN -> Set.of(PENDING, SOLVED, CLOSED);
			case PENDING -> Set.of(OPEN, SOLVED, CLOSED);
			case SOLVED -> Set.of(OPEN, CLOSED);
			case CLOSED -> Set.of();
		};
	}

	public boolean mayMoveTo(TicketStatus target) {
		return target == this || next().contains(target);
	}

	/** Whether the SLA clock runs: only while new or open. */
	public boolean clockRuns() {
		return this == NEW || this == OPEN;
	}

	/** Whether the ticket still needs work: new, open or pending. */
	public boolean active() {
		return this == NEW || this == OPEN || this == PENDING;
	}
}
