package dev.custodian.ticket.web;

import java.time.Duration;
import java.time.Instant;

import dev.custodian.ticket.Ticket;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's SLA clocks as pages show them: the state, and for each clock whether it is met, and the time left or
 * overdue in whole minutes (as of now, or as of the pause while the clocks stand still).
 */
record SlaView(String state, boolean paused, @Nullable Long firstResponseMinutesLeft,
		@Nullable Long resolutionMinutesLeft) {

	static SlaView of(Ticket ticket, Instant now) {
		Duration first = ticket.sla().firstResponseRemaining(now);
		Duration resolution = ticket.sla().resolutionRemaining(now);
		return new SlaView(ticket.slaState(now).code(), ticket.sla().pausedSince() != null,
				first == null ? null : first.toMinutes(), resolution == null ? null : resolution.toMinutes());
	}

	/** The time left to (or past) the first response, as {@link #span} words it. */
	public @Nullable String firstResponseSpan() {
		return firstResponseMinutesLeft == null ? null : span(firstResponseMinutesLeft);
	}

	public @Nullable String resolutionSpan() {
		return resolutionMinutesLeft == null ? null : span(resolutionMinutesLeft);
	}

	/** "2 h 5 min" for a number of minutes, its sign dropped. */
	static String span(long minutes) {
		long m = Math.abs(minutes);
		if (m >= 24 * 60) {
			return (m / (24 * 60)) + " d " + (m % (24 * 60)) / 60 + " h";
		}
		return m >= 60 ? (m / 60) + " h " + (m % 60) + " min" : m + " min";
	}
}
