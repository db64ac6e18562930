package dev.custodian.deal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A pipeline's board: a column per stage, in order. Open stages show their open deals; the closing stages
 * (probability 100 and 0) show the deals won or lost that were expected to close since the start of last month.
 * Each column shows at most a page of cards, earliest expected close first, with how many it holds and their total
 * per currency (never added across currencies).
 */
public record Board(Pipeline pipeline, List<Column> columns) {

	public Board {
		columns = List.copyOf(columns);
	}

	/**
	 * @param more where the column's next cards start, or null when it shows them all
	 * @param totals the amounts of all the column's deals, by currency code, in code order
	 */
	public record Column(Stage stage, List<Deal> cards, long count, Map<String, BigDecimal> totals,
			@Nullable String more) {

		public Column {
			cards = List.copyOf(cards);
			totals = Map.copyOf(totals);
		}

		public List<Map.Entry<String, BigDecimal>> totalsInOrder() {
			return totals.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
		}
	}
}
