package dev.custodian.shared;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Figures a module contributes to the dashboard: deals give pipeline value by stage, won and lost this month and
 * the forecast; tickets give open tickets by status and SLA breaches; tasks give the caller's tasks due. The
 * dashboard asks every bean and draws each figure as a chart with a table beside it for screen readers, so no
 * module draws anything and the dashboard knows no module.
 *
 * <p>Implementations compute from their own tables for the signed-in caller, answer nothing for a caller who may
 * not read their records, and never put personal values in a figure (labels are stages, months, statuses, owners'
 * display names at most).
 */
public interface DashboardFigures {

	/**
	 * The module's figures, already worded in the reader's language.
	 *
	 * @param team true for the whole team's figures (only asked for callers who may see them), false for the
	 * caller's own records
	 */
	List<Figure> figures(boolean team, Locale locale);

	/**
	 * One chart and its table.
	 *
	 * @param key a stable identifier, such as {@code deal.pipeline-by-stage}, used for the element ids
	 * @param title the heading
	 * @param chart how to draw it: {@code bar}, {@code stacked-bar}, {@code line} or {@code doughnut}
	 * @param labels the categories along the axis (stages, months, statuses), also the table's rows
	 * @param series one or more series of values, one per label each; also the table's columns
	 * @param unit what the values count, shown in the table header: a currency code such as {@code EUR}, or null
	 * for plain counts
	 * @param note a line under the chart (amounts in other currencies left out, say), or null
	 * @param order where it goes among all figures, smallest first
	 */
	record Figure(String key, String title, String chart, List<String> labels, List<Series> series,
			@Nullable String unit, @Nullable String note, int order) {

		public Figure {
			labels = List.copyOf(labels);
			series = List.copyOf(series);
		}
	}

	/** One series of a figure: its name and one value per label. */
	record Series(String name, List<BigDecimal> values) {

		public Series {
			values = List.copyOf(values);
		}
	}
}
