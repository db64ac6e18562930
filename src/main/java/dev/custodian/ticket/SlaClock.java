package dev.custodian.ticket;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A ticket's two SLA clocks, first response and resolution. Both run while the ticket is new or open and stand still
 * while it is pending, solved or closed ({@code pausedSince}); time stood still is added to both deadlines when the
 * clock runs again, and counted in {@code pausedSeconds}.
 *
 * @param firstResponseAt when an agent first answered: the first status change away from new, or the first outbound
 * email or call logged on the ticket
 * @param resolvedAt when it was solved (or closed without being solved); cleared by reopening
 * @param pausedSince since when the clock stands still; null while it runs
 */
public record SlaClock(@Nullable Instant firstResponseAt, Instant firstResponseDueAt, @Nullable Instant resolvedAt,
		Instant resolutionDueAt, @Nullable Instant pausedSince, long pausedSeconds) {

	private static final Duration RISK_CAP = Duration.ofHours(1);

	/** The clocks of a ticket created at {@code at} under the target. */
	static SlaClock start(Instant at, SlaTarget target) {
		return new SlaClock(null, at.plus(target.firstResponse()), null, at.plus(target.resolution()), null, 0);
	}

	/** Deadlines recomputed for another priority's target, keeping the time stood still. */
	SlaClock retargeted(Instant createdAt, SlaTarget target) {
		Duration paused = Duration.ofSeconds(pausedSeconds);
		return new SlaClock(firstResponseAt, createdAt.plus(target.firstResponse()).plus(paused), resolvedAt,
				createdAt.plus(target.resolution()).plus(paused), pausedSince, pausedSeconds);
	}

	SlaClock responded(Instant at) {
		return firstResponseAt != null ? this
				: new SlaClock(at, firstResponseDueAt, resolvedAt, resolutionDueAt, pausedSince, pausedSeconds);
	}

	/** The clocks after a move from one status to another at {@code at}. */
	SlaClock moved(TicketStatus from, TicketStatus to, Instant at) {
		SlaClock clock = this;
		if (from == to) {
			return clock;
		}
		if (from == TicketStatus.NEW) {
			clock = clock.responded(at);
		}
		if (!from.clockRuns() && to.clockRuns()) {
			clock = clock.resumed(at);
		}
		else if (from.clockRuns() && !to.clockRuns()) {
			clock = new SlaClock(clock.firstResponseAt, clock.firstResponseDueAt, clock.resolvedAt,
					clock.resolutionDueAt, at, clock.pausedSeconds);
		}
		Instant resolved = clock.resolvedAt;
		if (to == TicketStatus.SOLVED || (to == TicketStatus.CLOSED && resolved == null)) {
			resolved = at;
		}
		else if (to == TicketStatus.OPEN) {
			resolved = null;
		}
		return new SlaClock(clock.firstResponseAt, clock.firstResponseDueAt, resolved, clock.resolutionDueAt,
				clock.pausedSince, clock.pausedSeconds);
	}

	private SlaClock resumed(Instant at) {
		if (pausedSince == null) {
			return this;
		}
		Duration stood = Duration.between(pausedSince, at);
		return new SlaClock(firstResponseAt, firstResponseDueAt.plus(stood), resolvedAt, resolutionDueAt.plus(stood),
				null, pausedSeconds + stood.toSeconds());
	}

	/** The instant the clocks are read at: now while they run, the pause's start while they stand still. */
	public Instant asOf(Instant now) {
		return pausedSince != null ? pausedSince : now;
	}

	/** Time left to the first response, as of {@code now}; null once answered. Negative when overdue. */
	public @Nullable Duration firstResponseRemaining(Instant now) {
		return firstResponseAt != null ? null : Duration.between(asOf(now), firstResponseDueAt);
	}

	/** Time left to the resolution, as of {@code now}; null once resolved. Negative when overdue. */
	public @Nullable Duration resolutionRemaining(Instant now) {
		return resolvedAt != null ? null : Duration.between(asOf(now), resolutionDueAt);
	}

	/** The worse of both clocks' states as of {@code now}. */
	public SlaState state(Instant createdAt, Instant now) {
		return state(firstResponseAt, firstResponseDueAt, createdAt, now)
			.worse(state(resolvedAt, resolutionDueAt, createdAt, now));
	}

	private SlaState state(@Nullable Instant met, Instant due, Instant createdAt, Instant now) {
		if (met != null) {
			return met.isAfter(due) ? SlaState.BREACHED : SlaState.OK;
		}
		Duration left = Duration.between(asOf(now), due);
		if (left.isNegative()) {
			return SlaState.BREACHED;
		}
		Duration target = Duration.between(createdAt, due).minusSeconds(pausedSeconds);
		Duration risk = target.dividedBy(5).compareTo(RISK_CAP) < 0 ? target.dividedBy(5) : RISK_CAP;
		return left.compareTo(risk) < 0 ? SlaState.AT_RISK : SlaState.OK;
	}

	/**
	 * When a ticket in the status breaches, or breached, its targets, for the breached queue: the deadline of a
	 * clock met late, or else the earliest deadline not met yet; null for tickets no longer active (solved or
	 * closed) and for those whose clock stands still without a deadline missed. A ticket is breached now exactly
	 * when this lies before now.
	 */
	@Nullable Instant breachAt(TicketStatus status) {
		if (!status.active()) {
			return null;
		}
		if (firstResponseAt != null && firstResponseAt.isAfter(firstResponseDueAt)) {
			return firstResponseDueAt;
		}
		Instant reference = pausedSince;
		Instant earliest = null;
		if (firstResponseAt == null) {
			earliest = firstResponseDueAt;
		}
		if (resolvedAt == null && (earliest == null || resolutionDueAt.isBefore(earliest))) {
			earliest = resolutionDueAt;
		}
		if (earliest == null) {
			return null;
		}
		if (reference != null) {
			return earliest.isBefore(reference) ? earliest : null;
		}
		return earliest;
	}
}
