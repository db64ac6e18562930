package dev.custodian.ticket;

import java.time.Duration;

/** The service-level target of one priority: minutes to the first response and to the resolution. */
public record SlaTarget(TicketPriority priority, int firstResponseMinutes, int resolutionMinutes) {

	public Duration firstResponse() {
		return Duration.ofMinutes(firstResponseMinutes);
	}

	public Duration resolution() {
		return Duration.ofMinutes(resolutionMinutes);
	}
}
