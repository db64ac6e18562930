package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.OwnerLimits;
import dev.custodian.shared.Cursor;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board of a pipeline (see {@link Board}). Each column's cards come from the index on pipeline, stage, status
 * and expected close date, a capped page at a time, so a stage with many deals is never read whole; each column's
 * count and totals come from the running sums per month of {@link DealSums}, and only the days of a month that a
 * close-date filter cuts are added up from the deals.
 */
@Service
public class DealBoards {

	/** Cards a column shows at once. */
	public static final int CARDS = 20;

	private final PipelineStore pipelines;

	private final DealStore deals;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final OwnerLimits limits;

	private final DealSums sums;

	DealBoards(PipelineStore pipelines, DealStore deals, JdbcClient jdbc, AuditLog audit, OwnerLimits limits,
			DealSums sums) {
		this.sums = sums;
		this.limits = limits;
		this.pipelines = pipelines;
		this.deals = deals;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @param more the column to continue and where: {@code stageId → cursor}; other columns show their first cards
	 * @throws NotFoundException when there is no such pipeline
	 */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional
	public Board board(UUID pipelineId, @Nullable UUID ownerId, @Nullable LocalDate closeFrom,
			@Nullable LocalDate closeTo, Map<UUID, String> more) {
		ownerId = limits.ownerFilter(ownerId);
		Pipeline pipeline = pipelines.byId(pipelineId).orElseThrow(() -> new NotFoundException("pipeline", pipelineId));
		LocalDate recent = LocalDate.now().withDayOfMonth(1).minusMonths(1);
		List<Board.Column> columns = new ArrayList<>();
		List<UUID> shown = new ArrayList<>();
		for (Stage stage : pipeline.stages()) {
			Filter column = filter(pipelineId, stage, ownerId, closeFrom, closeTo, recent);
			Map<String, BigDecimal> totals = new HashMap<>();
			long[] count = { 0 };
			DealStatus status = DealStatus.closedBy(stage.probability()).orElse(DealStatus.OPEN);
			LocalDate from = status == DealStatus.OPEN || (closeFrom != null && closeFrom.isAfter(recent)) ? closeFrom
					: recent;
			for (DealSums.Total total : totals(pipelineId, stage.id(), status.code(), ownerId, from, closeTo)) {
				count[0] += total.deals();
				totals.merge(total.currency(), total.amount(), BigDecimal::add);
			}
			totals.replaceAll((currency, amount) -> amount.setScale(2));
			List<Object> params = new ArrayList<>(column.params());
			String sql = "select " + DealStore.COLUMNS + " from deals d" + column.where();
			Cursor after = more.containsKey(stage.id()) ? Cursor.decode(more.get(stage.id())) : null;
			if (more.containsKey(stage.id())) {
				if (after == null || after.values().size() != 2 || Ids.parseOrNull(after.value(1)) == null) {
					throw InvalidInputException.of("more", "is not a position this server issued");
				}
				sql += " and (d.expected_close_date > ? or (d.expected_close_date = ? and d.id > ?))";
				LocalDate date = LocalDate.parse(after.value(0));
				params.add(date);
				params.add(date);
				params.add(Ids.parseOrNull(after.value(1)));
			}
			sql += " order by d.expected_close_date, d.id limit " + (CARDS + 1);
			List<Deal> cards = jdbc.sql(sql).params(params).query(DealStore::deal).list();
			String next = null;
			if (cards.size() > CARDS) {
				cards = cards.subList(0, CARDS);
				Deal last = cards.get(CARDS - 1);
				next = Cursor.of(last.expectedCloseDate().toString(), last.id().toString()).encode();
			}
			cards = deals.withContacts(cards).stream().map(Callers::visible).toList();
			cards.forEach(d -> shown.addAll(d.contactIds()));
			columns.add(new Board.Column(stage, cards, count[0], totals, next));
		}
		if (!shown.isEmpty()) {
			audit.record(AuditAction.READ, DealManagement.RECORD_TYPE, null, shown.stream().distinct().toList());
		}
		return new Board(pipeline, columns);
	}

	private record Filter(String where, List<Object> params) {
	}

	/**
	 * A column's count and amounts for deals expected to close from {@code from} to {@code to} (either open-ended):
	 * the whole months in between from {@link DealSums}, the days of a month only partly in the range from the deals.
	 */
	private List<DealSums.Total> totals(UUID pipelineId, UUID stageId, String status, @Nullable UUID ownerId,
			@Nullable LocalDate from, @Nullable LocalDate to) {
		if (from != null && to != null && from.isAfter(to)) {
			return List.of();
		}
		LocalDate firstWhole = from == null || from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
		LocalDate lastWhole = to == null || to.getDayOfMonth() == to.lengthOfMonth() ? to
				: to.withDayOfMonth(1).minusDays(1);
		if (firstWhole != null && lastWhole != null && firstWhole.isAfter(lastWhole)) {
			return days(pipelineId, stageId, status, ownerId, from, to);
		}
		List<DealSums.Total> all = new ArrayList<>(sums.months(pipelineId, stageId, status, ownerId,
				firstWhole == null ? null : DealSums.month(firstWhole),
				lastWhole == null ? null : DealSums.month(lastWhole)));
		if (from != null && !from.equals(firstWhole)) {
			all.addAll(days(pipelineId, stageId, status, ownerId, from, firstWhole.minusDays(1)));
		}
		if (to != null && !to.equals(lastWhole)) {
			all.addAll(days(pipelineId, stageId, status, ownerId, lastWhole.plusDays(1), to));
		}
		return all;
	}

	/** A column's count and amounts for the deals expected to close on the days from {@code from} to {@code to}. */
	private List<DealSums.Total> days(UUID pipelineId, UUID stageId, String status, @Nullable UUID ownerId,
			LocalDate from, LocalDate to) {
		List<Object> params = new ArrayList<>(List.of(pipelineId, stageId, status, from, to));
		if (ownerId != null) {
			params.add(ownerId);
		}
		return jdbc.sql("select d.currency, count(*) as n, sum(d.amount) as total from deals d where d.pipeline_id = ? "
				+ "and d.stage_id = ? and d.status = ? and d.expected_close_date >= ? and d.expected_close_date <= ?"
				+ (ownerId == null ? "" : " and d.owner_id = ?") + " group by d.currency")
			.params(params)
			.query((rs, n) -> new DealSums.Total(rs.getString("currency"), rs.getLong("n"), rs.getBigDecimal("total")))
			.list();
	}

	/** Open deals in open stages; in a closing stage its won or lost deals expected to close since {@code recent}. */
	private static Filter filter(UUID pipelineId, Stage stage, @Nullable UUID ownerId,
			@Nullable LocalDate closeFrom, @Nullable LocalDate closeTo, LocalDate recent) {
		StringBuilder where = new StringBuilder(" where d.pipeline_id = ?");
		List<Object> params = new ArrayList<>(List.of(pipelineId));
		DealStatus status = DealStatus.closedBy(stage.probability()).orElse(DealStatus.OPEN);
		where.append(" and d.stage_id = ? and d.status = ?");
		params.add(stage.id());
		params.add(status.code());
		if (status != DealStatus.OPEN) {
			where.append(" and d.expected_close_date >= ?");
			params.add(recent);
		}
		if (ownerId != null) {
			where.append(" and d.owner_id = ?");
			params.add(ownerId);
		}
		if (closeFrom != null) {
			where.append(" and d.expected_close_date >= ?");
			params.add(closeFrom);
		}
		if (closeTo != null) {
			where.append(" and d.expected_close_date <= ?");
			params.add(closeTo);
		}
		return new Filter(where.toString(), params);
	}
}
