package dev.custodian.deal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts real deals in a stage for tests of what meets them (removing a stage or a pipeline): rows of the deals
 * table, each with its first stage-history entry and the prefixes of its name, as the deal code writes them, so the
 * real stage usage counts and moves them.
 */
@Component
public class DealsHeldForTests {

	private final JdbcClient jdbc;

	private final java.util.Set<UUID> made = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final DealNamePrefixes prefixes;

	DealsHeldForTests(JdbcClient jdbc, DealNamePrefixes prefixes) {
		this.jdbc = jdbc;
		this.prefixes = prefixes;
	}

	/** Adds {@code count} open deals of 1000.00 EUR to the stage, owned by nobody in particular. */
	public void put(UUID stageId, long count) {
		UUID pipeline = jdbc.sql("select pipeline_id from pipeline_stages where id = ?").param(stageId)
			.query(UUID.class).single();
		String name = jdbc.sql("select name from pipeline_stages where id = ?").param(stageId).query(String.class)
			.single();
		Instant now = DbTime.now();
		for (long i = 0; i < count; i++) {
			UUID id = Ids.newId();
			made.add(id);
			jdbc.sql("insert into deals (id, name, amount, currency, pipeline_id, stage_id, owner_id, status, "
					+ "expected_close_date, stage_entered_at, created_at, updated_at, version, name_words) "
					+ "values (?, ?, 1000.00, 'EUR', ?, ?, ?, 'open', ?, ?, ?, ?, 0, ?)")
				.params(id, "Held " + i, pipeline, stageId, Ids.newId(), LocalDate.now().plusMonths(1),
						DbTime.param(now), DbTime.param(now), DbTime.param(now), DealNameWords.VERSION)
				.update();
			prefixes.write(id, "Held " + i);
			jdbc.sql("insert into deal_stage_history (id, deal_id, stage_id, stage_name, entered_at) values (?, ?, ?, ?, ?)")
				.params(Ids.newId(), id, stageId, name, DbTime.param(now))
				.update();
		}
	}

	/** How many deals are in the stage. */
	public long dealsIn(UUID stageId) {
		return jdbc.sql("select count(*) from deals where stage_id = ?").param(stageId).query(Long.class).single();
	}

	/** The ids of the deals in the stage. */
	public List<UUID> idsIn(UUID stageId) {
		return jdbc.sql("select id from deals where stage_id = ? order by id").param(stageId).query(UUID.class).list();
	}

	/** Removes every deal put in, wherever it has moved since, with its history. */
	public void clear() {
		for (UUID deal : List.copyOf(made)) {
			jdbc.sql("delete from deal_stage_history where deal_id = ?").param(deal).update();
			jdbc.sql("delete from deal_contacts where deal_id = ?").param(deal).update();
			prefixes.delete(deal);
			jdbc.sql("delete from deals where id = ?").param(deal).update();
			made.remove(deal);
		}
	}
}
