package dev.custodian.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import dev.custodian.identity.UserForm;
import dev.custodian.identity.UserManagement;
import dev.custodian.support.Personas;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A board column's count and totals per currency are always those of its deals, whatever happened to them
 * (created, edited in amount, currency, owner, close date or stage, moved on the board, moved by removing their
 * stage, deleted) and whatever the filters (owner, close dates cutting months anywhere, the closing stages'
 * "since last month"): the running sums per month are checked against the deals themselves.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:deal-board-totals;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY })
@WithMockUser(authorities = { "deal:read", "deal:write", "deal:delete", "user:admin", "contact:read",
		"company:read" })
class DealBoardTotalsTests {

	@Autowired
	DealManagement deals;

	@Autowired
	DealBoards boards;

	@Autowired
	Pipelines pipelines;

	@Autowired
	LostReasons reasons;

	@Autowired
	UserManagement users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyColumnAddsUpToItsDealsWhateverHappenedToThemAndWhateverTheFilters() {
		Pipeline p = pipelines.create(new PipelineForm("Totals", null, List.of(new StageForm("First", 20),
				new StageForm("Second", 60), new StageForm("Spare", 50), new StageForm("Won", 100),
				new StageForm("Lost", 0))));
		List<UUID> owners = List.of(owner("totals-a"), owner("totals-b"));
		String lost = reasons.all().get(0).id().toString();
		Random random = new Random(20261129L);
		LocalDate today = LocalDate.now();
		List<Deal> made = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			Stage stage = p.stages().get(random.nextInt(p.stages().size()));
			made.add(deals.create(new DealForm("Totals " + i, (100 + random.nextInt(900)) + "." + random.nextInt(10)
					+ "5", random.nextInt(4) == 0 ? "USD" : "EUR", p.id().toString(), stage.id().toString(),
					owners.get(random.nextInt(2)).toString(), null, List.of(), null,
					stage.probability() == 0 ? lost : null, today.plusDays(random.nextInt(240) - 120).toString(),
					null)));
		}
		for (int n = 0; n < 40; n++) {
			int i = n;
			Deal d = made.get(i);
			Stage stage = p.stages().get(random.nextInt(p.stages().size()));
			if (i % 4 == 0) {
				made.set(i, deals.move(d.id(), stage.id(), stage.probability() == 0 ? UUID.fromString(lost) : null,
						d.version()));
			}
			else {
				made.set(i, deals.update(d.id(), f -> new DealForm(f.name(), (1 + random.nextInt(5000)) + ".00",
						i % 3 == 0 ? "GBP" : f.currency(), f.pipelineId(), stage.id().toString(),
						owners.get(random.nextInt(2)).toString(), f.companyId(), f.contacts(), null,
						stage.probability() == 0 ? lost : null, today.plusDays(random.nextInt(240) - 120).toString(),
						f.customFields()), d.version()));
			}
		}
		for (int i = 40; i < 50; i++) {
			deals.delete(made.get(i).id(), null);
		}
		Pipeline now = pipelines.get(p.id());
		pipelines.removeStage(p.id(), p.stages().get(2).id(), p.stages().get(1).id(), now.version());

		List<LocalDate[]> ranges = new ArrayList<>();
		ranges.add(new LocalDate[] { null, null });
		ranges.add(new LocalDate[] { today.withDayOfMonth(1), null });
		ranges.add(new LocalDate[] { null, today.withDayOfMonth(1).plusMonths(1).minusDays(1) });
		for (int i = 0; i < 12; i++) {
			LocalDate from = today.plusDays(random.nextInt(260) - 130);
			ranges.add(new LocalDate[] { from, from.plusDays(random.nextInt(90)) });
			ranges.add(new LocalDate[] { random.nextBoolean() ? from : null, random.nextBoolean() ? null : from });
		}
		ranges.add(new LocalDate[] { today.plusDays(5), today.minusDays(5) });
		for (LocalDate[] range : ranges) {
			for (UUID owner : new UUID[] { null, owners.get(0), owners.get(1) }) {
				Board board = boards.board(p.id(), owner, range[0], range[1], Map.of());
				assertThat(board.columns()).hasSize(4);
				for (Board.Column column : board.columns()) {
					Map<String, BigDecimal> expected = expected(column.stage(), owner, range[0], range[1]);
					String what = column.stage().name() + " " + owner + " " + range[0] + ".." + range[1];
					assertThat(column.totals()).as(what).isEqualTo(expected);
					assertThat(column.count()).as(what).isEqualTo(count(column.stage(), owner, range[0], range[1]));
				}
			}
		}
		assertThat(boards.board(p.id(), null, null, null, Map.of()).columns().stream()
			.mapToLong(Board.Column::count).sum()).as("every deal left counted somewhere, closed ones if recent")
			.isPositive();
	}

	private UUID owner(String name) {
		return users.create(new UserForm(name, name, "SALES", "a long password for " + name, true)).id().value();
	}

	/** What the deals themselves add up to, the way the board filters them. */
	private Map<String, BigDecimal> expected(Stage stage, @Nullable UUID owner, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		Map<String, BigDecimal> totals = new HashMap<>();
		jdbc.sql("select currency, sum(amount) as total from deals" + where(stage, owner, from, to) + " group by currency")
			.params(params(stage, owner, from, to))
			.query(rs -> {
				totals.put(rs.getString("currency"), rs.getBigDecimal("total").setScale(2));
			});
		return totals;
	}

	private long count(Stage stage, @Nullable UUID owner, @Nullable LocalDate from, @Nullable LocalDate to) {
		return jdbc.sql("select count(*) from deals" + where(stage, owner, from, to))
			.params(params(stage, owner, from, to))
			.query(Long.class)
			.single();
	}

	private static String where(Stage stage, @Nullable UUID owner, @Nullable LocalDate from, @Nullable LocalDate to) {
		return " where stage_id = ? and status = ?" + (owner == null ? "" : " and owner_id = ?")
				+ " and expected_close_date >= ? and expected_close_date <= ?";
	}

	private static List<Object> params(Stage stage, @Nullable UUID owner, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		DealStatus status = DealStatus.closedBy(stage.probability()).orElse(DealStatus.OPEN);
		LocalDate recent = LocalDate.now().withDayOfMonth(1).minusMonths(1);
		LocalDate lower = from == null ? LocalDate.of(1900, 1, 1) : from;
		if (status != DealStatus.OPEN && lower.isBefore(recent)) {
			lower = recent;
		}
		List<Object> params = new ArrayList<>(List.of(stage.id(), status.code()));
		if (owner != null) {
			params.add(owner);
		}
		params.add(lower);
		params.add(to == null ? LocalDate.of(9999, 12, 31) : to);
		return params;
	}
}
