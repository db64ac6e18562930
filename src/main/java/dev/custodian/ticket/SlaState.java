package dev.custodian.ticket;

import java.util.Locale;

/**
 * How a ticket stands against its targets: ok; at risk when a clock that is not met yet has less than a fifth of
 * its target left, or less than an hour, whichever is shorter; breached when a clock ran out before it was met, or
 * was met late.
 */
public enum SlaState {

	OK, AT_RISK, BREACHED;

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	SlaState worse(SlaState other) {
		return other.ordinal() > ordinal() ? other : this;
	}
}
