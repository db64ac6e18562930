package dev.custodian.deal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a deal stands: still open, won or lost. A stage with probability 100 holds won deals and one with probability
 * 0 lost deals; every other stage holds open ones (see {@link DealManagement}).
 */
public enum DealStatus {

	OPEN, WON, LOST;

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<DealStatus> fromCode(String code) {
		return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
	}

	/** The status a stage of this probability gives its deals: won at 100, lost at 0, or none (open stages). */
	public static Optional<DealStatus> closedBy(int probability) {
		return probability == 100 ? Optional.of(WON) : probability == 0 ? Optional.of(LOST) : Optional.empty();
	}
}
