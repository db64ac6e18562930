package dev.custodian.deal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.custodian.identity.OwnerLimits;
import dev.custodian.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast of deals still to win: open deals (weighted by their stage's probability) and won ones (weighted
 * in full), by month of expected close, per owner and currency. Lost deals count for nothing and are left out. The
 * database adds up per month, owner and currency, so the forecast never loads the deals themselves.
 */
@Service
public class DealForecasts {

	/** The widest range asked at once. */
	public static final int MAX_MONTHS = 36;

	private final JdbcClient jdbc;

	private final String defaultCurrency;

	private final OwnerLimits limits;

	DealForecasts(JdbcClient jdbc, @Value("${custodian.default-currency:EUR}") String defaultCurrency,
			OwnerLimits limits) {
		this.limits = limits;
		this.jdbc = jdbc;
		this.defaultCurrency = java.util.Currency.getInstance(defaultCurrency).getCurrencyCode();
	}

	public String defaultCurrency() {
		return defaultCurrency;
	}

	/**
	 * @param pipelineId one pipeline, or null for every pipeline
	 * @param ownerId one owner, or null for everyone's deals
	 * @throws InvalidInputException naming {@code to} when the range is backwards or longer than {@link #MAX_MONTHS}
	 */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public Forecast forecast(@Nullable UUID pipelineId, @Nullable UUID ownerId, YearMonth from, YearMonth to) {
		if (to.isBefore(from) || from.plusMonths(MAX_MONTHS - 1).isBefore(to)) {
			throw InvalidInputException.of("to", "must be a month from the first up to " + MAX_MONTHS + " months on");
		}
		ownerId = limits.ownerFilter(ownerId);
		List<Object> params = new ArrayList<>(List.of(from.atDay(1), to.atEndOfMonth()));
		String sql = "select extract(year from d.expected_close_date) as y, extract(month from d.expected_close_date) "
				+ "as m, d.owner_id, d.currency, count(*) as deals, sum(d.amount) as amount, sum(d.amount * case when "
				+ "d.status = 'won' then 100 else s.probability end) as weighted from deals d join pipeline_stages s on "
				+ "s.id = d.stage_id where d.status <> 'lost' and d.expected_close_date between ? and ?";
		if (pipelineId != null) {
			sql += " and d.pipeline_id = ?";
			params.add(pipelineId);
		}
		if (ownerId != null) {
			sql += " and d.owner_id = ?";
			params.add(ownerId);
		}
		sql += " group by extract(year from d.expected_close_date), extract(month from d.expected_close_date), "
				+ "d.owner_id, d.currency";
		Map<String, Map<YearMonth, Map<UUID, Forecast.Figure>>> byCurrency = new TreeMap<>();
		jdbc.sql(sql).params(params).query(rs -> {
			YearMonth month = YearMonth.of(rs.getInt("y"), rs.getInt("m"));
			Forecast.Figure figure = new Forecast.Figure(rs.getLong("deals"), rs.getBigDecimal("amount").setScale(2),
					rs.getBigDecimal("weighted").divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN));
			byCurrency.computeIfAbsent(rs.getString("currency"), c -> new TreeMap<>())
				.computeIfAbsent(month, m -> new TreeMap<>())
				.merge(rs.getObject("owner_id", UUID.class), figure, Forecast.Figure::plus);
		});
		List<Forecast.CurrencyForecast> currencies = new ArrayList<>();
		if (!byCurrency.containsKey(defaultCurrency)) {
			currencies.add(currency(defaultCurrency, Map.of(), from, to));
		}
		byCurrency.forEach((currency, months) -> currencies.add(currency(currency, months, from, to)));
		currencies.sort((a, b) -> a.currency().equals(defaultCurrency) ? -1
				: b.currency().equals(defaultCurrency) ? 1 : a.currency().compareTo(b.currency()));
		return new Forecast(defaultCurrency, currencies);
	}

	/** Every month of the range, empty ones too, so a table has no gaps. */
	private static Forecast.CurrencyForecast currency(String currency, Map<YearMonth, Map<UUID, Forecast.Figure>> months,
			YearMonth from, YearMonth to) {
		List<Forecast.Month> result = new ArrayList<>();
		Forecast.Figure total = Forecast.Figure.ZERO;
		for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
			Map<UUID, Forecast.Figure> owners = months.getOrDefault(m, Map.of());
			Forecast.Figure monthTotal = owners.values().stream().reduce(Forecast.Figure.ZERO, Forecast.Figure::plus);
			result.add(new Forecast.Month(m, owners.entrySet().stream()
				.map(e -> new Forecast.OwnerLine(e.getKey(), e.getValue())).toList(), monthTotal));
			total = total.plus(monthTotal);
		}
		return new Forecast.CurrencyForecast(currency, result, total);
	}

}
