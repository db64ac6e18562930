package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.UUID;

import dev.custodian.shared.Ids;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/** The typed values of a deal form, each read from its text or named in the violations. */
final class DealValues {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999999.99");

	private DealValues() {
	}

	static @Nullable UUID required(@Nullable String text, String field, Violations violations) {
		if (text == null || text.isBlank()) {
			violations.add(field, "is required");
			return null;
		}
		return Ids.optional(text, field, violations);
	}

	static @Nullable BigDecimal amount(@Nullable String text, Violations violations) {
		if (text == null || text.isBlank()) {
			violations.add("amount", "is required");
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text.trim());
			if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
				violations.add("amount", "must be between 0 and " + MAX_AMOUNT.toPlainString());
			}
			else if (amount.stripTrailingZeros().scale() > 2) {
				violations.add("amount", "must have at most 2 digits after the decimal point");
			}
			else {
				return amount.setScale(2);
			}
		}
		catch (NumberFormatException ex) {
			violations.add("amount", "must be a decimal number such as 12500.00");
		}
		return null;
	}

	static @Nullable String currency(@Nullable String text, Violations violations) {
		if (text == null || text.isBlank()) {
			violations.add("currency", "is required");
			return null;
		}
		String code = text.trim();
		try {
			if (code.length() == 3 && code.equals(code.toUpperCase(java.util.Locale.ROOT))) {
				return Currency.getInstance(code).getCurrencyCode();
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the violation
		}
		violations.add("currency", "must be an ISO 4217 currency code such as EUR");
		return null;
	}

	static @Nullable LocalDate date(@Nullable String text, Violations violations) {
		if (text == null || text.isBlank()) {
			violations.add("expectedCloseDate", "is required");
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text.trim());
			if (date.getYear() < 1900 || date.getYear() > 9999) {
				violations.add("expectedCloseDate", "must be a date between the years 1900 and 9999");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			violations.add("expectedCloseDate", "must be a date such as 2026-01-31");
			return null;
		}
	}
}
