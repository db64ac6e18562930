package dev.custodian.deal.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import dev.custodian.shared.Ids;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/** The forecast's parameters as sent, read: months as 2026-12 (or a date in the month); six months from now by default. */
record ForecastRange(@Nullable UUID pipelineId, @Nullable UUID ownerId, YearMonth from, YearMonth to) {

	/** @throws dev.custodian.shared.InvalidInputException naming every invalid parameter */
	static ForecastRange parse(@Nullable String pipelineId, @Nullable String ownerId, @Nullable String from,
			@Nullable String to) {
		Violations violations = new Violations();
		UUID pipeline = Ids.optional(pipelineId, "pipelineId", violations);
		UUID owner = Ids.optional(ownerId, "ownerId", violations);
		YearMonth start = month(from, "from", violations);
		if (start == null) {
			start = YearMonth.now();
		}
		YearMonth end = month(to, "to", violations);
		if (end == null) {
			end = start.plusMonths(5);
		}
		violations.throwIfAny();
		return new ForecastRange(pipeline, owner, start, end);
	}

	private static @Nullable YearMonth month(@Nullable String text, String field, Violations violations) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		try {
			return trimmed.length() > 7 ? YearMonth.from(LocalDate.parse(trimmed)) : YearMonth.parse(trimmed);
		}
		catch (DateTimeParseException ex) {
			violations.add(field, "must be a month such as 2026-12");
			return null;
		}
	}
}
