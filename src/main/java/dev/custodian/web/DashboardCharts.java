package dev.custodian.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.custodian.shared.DashboardFigures;
import dev.custodian.shared.DashboardFigures.Figure;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collects the figures of every {@link DashboardFigures} bean, in their order, and prepares each for the page: the
 * data the chart script draws from (JSON in a data attribute, since the content security policy allows no inline
 * script) and the rows of the table that stands in for the chart for screen readers. The team's figures only for
 * callers with {@code report:team}.
 */
@Component
class DashboardCharts {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ObjectProvider<DashboardFigures> sources;

	DashboardCharts(ObjectProvider<DashboardFigures> sources) {
		this.sources = sources;
	}

	/**
	 * Every figure for the caller ({@code team} false) or the team.
	 * @throws AccessDeniedException for the team's figures without {@code report:team}
	 */
	@PreAuthorize("isAuthenticated() and (!#team or hasAuthority('report:team'))")
	public List<Chart> charts(boolean team, Locale locale) {
		return sources.orderedStream()
			.flatMap(source -> source.figures(team, locale).stream())
			.sorted(Comparator.comparingInt(Figure::order))
			.map(figure -> chart(figure, locale))
			.toList();
	}

	private static Chart chart(Figure figure, Locale locale) {
		boolean empty = figure.labels().isEmpty() || figure.series().stream()
			.flatMap(series -> series.values().stream())
			.allMatch(value -> value == null || value.signum() == 0);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < figure.labels().size(); i++) {
			int at = i;
			rows.add(new Row(figure.labels().get(i), figure.series().stream()
				.map(series -> at < series.values().size() ? format(series.values().get(at), figure.unit(), locale) : "")
				.toList()));
		}
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("chart", figure.chart());
		data.put("labels", figure.labels());
		data.put("series", figure.series().stream()
			.map(series -> Map.of("name", series.name(), "values", series.values()))
			.toList());
		data.put("unit", figure.unit());
		return new Chart(figure, "figure-" + figure.key().replaceAll("[^A-Za-z0-9_-]", "-"),
				JSON.writeValueAsString(data), empty, rows);
	}

	private static String format(@Nullable BigDecimal value, @Nullable String unit, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		if (unit != null && unit.matches("[A-Z]{3}")) {
			try {
				format = NumberFormat.getCurrencyInstance(locale);
				Currency currency = Currency.getInstance(unit);
				format.setCurrency(currency);
				format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
				format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
			}
			catch (IllegalArgumentException notACurrency) {
				format = NumberFormat.getNumberInstance(locale);
			}
		}
		return format.format(value);
	}

	/**
	 * One figure ready for the page.
	 *
	 * @param figure the figure as its module gave it
	 * @param id the canvas element's id
	 * @param json what the chart script draws
	 * @param empty whether it holds no value but zero, shown as "nothing yet" instead of a chart
	 * @param rows the table's rows: each label with its value in every series, formatted for the reader
	 */
	record Chart(Figure figure, String id, String json, boolean empty, List<Row> rows) {
	}

	/** One row of a figure's table. */
	record Row(String label, List<String> values) {
	}
}
