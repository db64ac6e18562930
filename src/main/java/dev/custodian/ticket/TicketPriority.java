package dev.custodian.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How urgent a ticket is; its rank (1 to 4) is what the database stores and sorts by. */
public enum TicketPriority {

	LOW(1), NORMAL(2), HIGH(3), URGENT(4);

	private final int rank;

	TicketPriority(int rank) {
		this.rank = rank;
	}

	public int rank() {
		return rank;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static TicketPriority ofRank(int rank) {
		return Arrays.stream(values()).filter(p -> p.rank == rank).findFirst().orElseThrow();
	}

	public static Optional<TicketPriority> fromCode(String code) {
		return Arrays.stream(values()).filter(p -> p.code().equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(TicketPriority::code).toList();
	}
}
