package dev.custodian.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How the request reached the team. */
public enum TicketChannel {

	EMAIL, PHONE, WEB, CHAT;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<TicketChannel> fromCode(String code) {
		return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
	}

	public static List<String> codes() {
		return Arrays.stream(values()).map(TicketChannel::code).toList();
	}
}
