package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The board's column totals ({@code deal_board_sums}): per pipeline, stage, status, owner, currency and month of
 * expected close, how many deals and their amount. Every write of a deal moves its count and amount from its old
 * place to its new one in the same transaction, so the totals are always those of the deals.
 */
@Repository
class DealSums {

	private final JdbcClient jdbc;

	DealSums(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Where a deal counts. */
	record Place(UUID pipelineId, UUID stageId, String status, UUID ownerId, String currency, int closeMonth) {

		static Place of(Deal d) {
			return new Place(d.pipelineId(), d.stageId(), d.status().code(), d.ownerId(), d.currency(),
					month(d.expectedCloseDate()));
		}
	}

	/** A deal's place and amount as stored now, if it exists. */
	Optional<Map.Entry<Place, BigDecimal>> stored(UUID dealId) {
		return jdbc.sql("select pipeline_id, stage_id, status, owner_id, currency, expected_close_date, amount "
				+ "from deals where id = ?")
			.param(dealId)
			.query((rs, n) -> Map.entry(new Place(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
					rs.getString(3), rs.getObject(4, UUID.class), rs.getString(5),
					month(rs.getObject(6, LocalDate.class))), rs.getBigDecimal(7)))
			.optional();
	}

	/** Counts a new deal. */
	void add(Deal deal) {
		change(Place.of(deal), 1, deal.amount());
	}

	/** Moves a deal from where it counted before the change (as {@link #stored} read it) to where it counts now. */
	void move(Optional<Map.Entry<Place, BigDecimal>> before, Deal after) {
		before.ifPresent(b -> change(b.getKey(), -1, b.getValue().negate()));
		add(after);
	}

	/** Counts a deal where it stands now, after an update that {@link #remove} uncounted before. */
	void addStored(UUID dealId) {
		stored(dealId).ifPresent(now -> change(now.getKey(), 1, now.getValue()));
	}

	/** Uncounts a deal about to be deleted (as {@link #stored} read it). */
	void remove(Optional<Map.Entry<Place, BigDecimal>> before) {
		before.ifPresent(b -> change(b.getKey(), -1, b.getValue().negate()));
	}

	private void change(Place p, long deals, BigDecimal amount) {
		if (add(p, deals, amount)) {
			return;
		}
		// the first deal in its place: make the row (or find the one another transaction made meanwhile), then add
		jdbc.sql("insert into deal_board_sums (pipeline_id, stage_id, status, owner_id, currency, close_month, deals, "
				+ "amount) values (?, ?, ?, ?, ?, ?, 0, 0) on conflict do nothing")
			.params(p.pipelineId(), p.stageId(), p.status(), p.ownerId(), p.currency(), p.closeMonth())
			.update();
		add(p, deals, amount);
	}

	private boolean add(Place p, long deals, BigDecimal amount) {
		return jdbc.sql("update deal_board_sums set deals = deals + ?, amount = amount + ? where pipeline_id = ? and "
				+ "stage_id = ? and status = ? and close_month = ? and owner_id = ? and currency = ?")
			.params(deals, amount, p.pipelineId(), p.stageId(), p.status(), p.closeMonth(), p.ownerId(), p.currency())
			.update() > 0;
	}

	/**
	 * The count and the amount per currency of a column: deals in the stage with that status (and owner), expected
	 * to close in the whole months from {@code fromMonth} to {@code toMonth} (either open-ended when null).
	 */
	List<Total> months(UUID pipelineId, UUID stageId, String status, @Nullable UUID ownerId,
			@Nullable Integer fromMonth, @Nullable Integer toMonth) {
		StringBuilder sql = new StringBuilder("select currency, sum(deals) as n, sum(amount) as total from "
				+ "deal_board_sums where pipeline_id = ? and stage_id = ? and status = ?");
		List<Object> params = new ArrayList<>(List.of(pipelineId, stageId, status));
		if (fromMonth != null) {
			sql.append(" and close_month >= ?");
			params.add(fromMonth);
		}
		if (toMonth != null) {
			sql.append(" and close_month <= ?");
			params.add(toMonth);
		}
		if (ownerId != null) {
			sql.append(" and owner_id = ?");
			params.add(ownerId);
		}
		return jdbc.sql(sql + " group by currency having sum(deals) > 0")
			.params(params)
			.query((rs, n) -> new Total(rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("total")))
			.list();
	}

	/** A currency's share of a column. */
	record Total(String currency, long deals, BigDecimal amount) {
	}

	static int month(LocalDate date) {
		return date.getYear() * 100 + date.getMonthValue();
	}
}
