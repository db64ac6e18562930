package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import dev.custodian.identity.Permission;
import dev.custodian.shared.DashboardFigures;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal figures of the dashboard, in the default currency (amounts in other currencies are left out and named in
 * a note, never converted): the open value of the first pipeline by stage, the deals won and lost this month, and the
 * weighted forecast of the next six months. {@code team} false counts the caller's own deals only.
 */
@Component
class DealFigures implements DashboardFigures {

	private final JdbcClient jdbc;

	private final PipelineStore pipelines;

	private final DealForecasts forecasts;

	private final MessageSource messages;

	DealFigures(JdbcClient jdbc, PipelineStore pipelines, DealForecasts forecasts, MessageSource messages) {
		this.jdbc = jdbc;
		this.pipelines = pipelines;
		this.forecasts = forecasts;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(boolean team, Locale locale) {
		if (!Callers.may(Permission.DEAL_READ)) {
			return List.of();
		}
		UUID owner = team ? null : Callers.id();
		if (!team && owner == null) {
			return List.of();
		}
		String currency = forecasts.defaultCurrency();
		return List.of(byStage(owner, currency, locale), closedThisMonth(owner, currency, locale),
				forecast(owner, currency, locale));
	}

	private Figure byStage(@Nullable UUID owner, String currency, Locale locale) {
		Pipeline pipeline = pipelines.all().get(0);
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		Set<String> others = new TreeSet<>();
		for (Stage stage : pipeline.stages()) {
			labels.add(stage.name());
			BigDecimal total = BigDecimal.ZERO.setScale(2);
			for (var row : jdbc.sql("select currency, coalesce(sum(amount), 0) as total from deals where pipeline_id = ? "
					+ "and stage_id = ? and status = 'open'" + (owner == null ? "" : " and owner_id = ?")
					+ " group by currency").params(params(owner, pipeline.id(), stage.id()))
				.query((rs, n) -> new Object[] { rs.getString("currency"), rs.getBigDecimal("total") }).list()) {
				if (row[0].equals(currency)) {
					total = ((BigDecimal) row[1]).setScale(2);
				}
				else {
					others.add((String) row[0]);
				}
			}
			values.add(total);
		}
		return new Figure("deal.pipeline-by-stage", text("deal.figure.byStage", locale, pipeline.name()), "bar", labels,
				List.of(new Series(text("deal.figure.openValue", locale), values)), currency, note(others, locale), 10);
	}

	private Figure closedThisMonth(@Nullable UUID owner, String currency, Locale locale) {
		LocalDate first = LocalDate.now().withDayOfMonth(1);
		List<BigDecimal> counts = new ArrayList<>();
		List<BigDecimal> amounts = new ArrayList<>();
		Set<String> others = new TreeSet<>();
		for (String status : List.of("won", "lost")) {
			long count = 0;
			BigDecimal amount = BigDecimal.ZERO.setScale(2);
			for (var row : jdbc.sql("select d.currency, count(*) as n, sum(d.amount) as total from deals d where d.status = ? "
					+ "and d.stage_entered_at >= ?" + (owner == null ? "" : " and d.owner_id = ?") + " group by d.currency")
				.params(params(owner, status, dev.custodian.shared.DbTime.param(first.atStartOfDay(java.time.ZoneOffset.UTC)
					.toInstant())))
				.query((rs, n) -> new Object[] { rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("total") })
				.list()) {
				count += (Long) row[1];
				if (row[0].equals(currency)) {
					amount = ((BigDecimal) row[2]).setScale(2);
				}
				else {
					others.add((String) row[0]);
				}
			}
			counts.add(BigDecimal.valueOf(count));
			amounts.add(amount);
		}
		return new Figure("deal.won-lost-this-month", text("deal.figure.closed", locale), "bar",
				List.of(text("deal.status.won", locale), text("deal.status.lost", locale)),
				List.of(new Series(text("deal.figure.count", locale), counts),
						new Series(text("deal.figure.amount", locale, currency), amounts)),
				null, note(others, locale), 11);
	}

	private Figure forecast(@Nullable UUID owner, String currency, Locale locale) {
		YearMonth from = YearMonth.now();
		Forecast f = forecasts.forecast(null, owner, from, from.plusMonths(5));
		List<String> labels = new ArrayList<>();
		List<BigDecimal> values = new ArrayList<>();
		Forecast.CurrencyForecast mine = f.currencies().get(0);
		mine.months().forEach(m -> {
			labels.add(m.month().toString());
			values.add(m.total().weighted());
		});
		Set<String> others = new TreeSet<>();
		f.currencies().stream().skip(1).filter(c -> c.total().deals() > 0).forEach(c -> others.add(c.currency()));
		return new Figure("deal.forecast", text("deal.figure.forecast", locale), "line", labels,
				List.of(new Series(text("deal.figure.weighted", locale), values)), currency, note(others, locale), 12);
	}

	private static List<Object> params(@Nullable UUID owner, Object... first) {
		List<Object> params = new ArrayList<>(List.of(first));
		if (owner != null) {
			params.add(owner);
		}
		return params;
	}

	private @Nullable String note(Set<String> others, Locale locale) {
		return others.isEmpty() ? null : text("deal.figure.otherCurrencies", locale, String.join(", ", others));
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
