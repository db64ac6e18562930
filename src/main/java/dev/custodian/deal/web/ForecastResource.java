package dev.custodian.deal.web;

import java.util.List;
import java.util.UUID;

import dev.custodian.deal.Forecast;
import io.swagger.v3.oas.annotations.media.Schema;

/** The forecast as the API shows it: every currency apart, the default one first. */
@Schema(name = "DealForecast")
record ForecastResource(@Schema(description = "The configured default currency", example = "EUR") String defaultCurrency,
		@Schema(description = "One entry per currency; amounts in different currencies are never added up")
		List<CurrencyResource> currencies) {

	@Schema(name = "DealForecastCurrency")
	record CurrencyResource(@Schema(example = "EUR") String currency, List<MonthResource> months, Figure total) {
	}

	@Schema(name = "DealForecastMonth")
	record MonthResource(@Schema(example = "2026-12") String month, List<OwnerResource> owners, Figure total) {
	}

	@Schema(name = "DealForecastOwner")
	record OwnerResource(UUID ownerId, Figure figure) {
	}

	@Schema(name = "DealForecastFigure")
	record Figure(@Schema(description = "How many deals", example = "3") long deals,
			@Schema(description = "Their amounts added up", example = "30000.00") String amount,
			@Schema(description = "Each amount times its stage's probability (won deals in full), added up",
					example = "15000.00") String weighted) {

		static Figure of(Forecast.Figure f) {
			return new Figure(f.deals(), f.amount().toPlainString(), f.weighted().toPlainString());
		}
	}

	static ForecastResource of(Forecast f) {
		return new ForecastResource(f.defaultCurrency(), f.currencies().stream()
			.map(c -> new CurrencyResource(c.currency(), c.months().stream()
				.map(m -> new MonthResource(m.month().toString(),
						m.owners().stream().map(o -> new OwnerResource(o.ownerId(), Figure.of(o.figure()))).toList(),
						Figure.of(m.total())))
				.toList(), Figure.of(c.total())))
			.toList());
	}
}
