package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * Expected revenue by month of expected close: for each currency apart (amounts in different currencies are never
 * added up), each month with a line per owner and the month's total. {@code amount} is the sum of the deals' amounts,
 * {@code weighted} the sum of each amount times its stage's probability. The default currency comes first.
 */
public record Forecast(String defaultCurrency, List<CurrencyForecast> currencies) {

	public Forecast {
		currencies = List.copyOf(currencies);
	}

	/** One currency's months, with its grand total. */
	public record CurrencyForecast(String currency, List<Month> months, Figure total) {

		public CurrencyForecast {
			months = List.copyOf(months);
		}
	}

	/** One month: a line per owner and their total. */
	public record Month(YearMonth month, List<OwnerLine> owners, Figure total) {

		public Month {
			owners = List.copyOf(owners);
		}

		/** The owner's figure this month, or null when they have no deal closing in it. */
		public @org.jspecify.annotations.Nullable Figure of(UUID owner) {
			return owners.stream().filter(o -> o.ownerId().equals(owner)).map(OwnerLine::figure).findFirst().orElse(null);
		}
	}

	public record OwnerLine(UUID ownerId, Figure figure) {
	}

	/** How many deals, their amounts and weighted amounts. */
	public record Figure(long deals, BigDecimal amount, BigDecimal weighted) {

		static final Figure ZERO = new Figure(0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));

		Figure plus(Figure other) {
			return new Figure(deals + other.deals, amount.add(other.amount), weighted.add(other.weighted));
		}
	}
}
