package dev.custodian.deal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The prefixes of the words of deal names ({@code deal_name_prefixes}, see {@link DealNameWords}), written in the
 * transaction that writes the deal, and filled in for deals that have none yet.
 */
@Repository
class DealNamePrefixes {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	DealNamePrefixes(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** Writes the prefixes of a new deal's name; the caller marks the deal {@link DealNameWords#VERSION}. */
	void write(UUID dealId, String name) {
		List<Object[]> rows = DealNameWords.prefixes(name).stream().map(p -> new Object[] { p, dealId }).toList();
		if (!rows.isEmpty()) {
			template.batchUpdate("insert into deal_name_prefixes (prefix, deal_id) values (?, ?)", rows);
		}
	}

	/** Replaces the prefixes of a deal that was renamed. */
	void replace(UUID dealId, String name) {
		delete(dealId);
		write(dealId, name);
	}

	void delete(UUID dealId) {
		jdbc.sql("delete from deal_name_prefixes where deal_id = ?").param(dealId).update();
	}

	/**
	 * Indexes up to {@code batch} deals whose prefixes follow an older {@link DealNameWords#VERSION} (or were never
	 * written), claimed with {@code FOR UPDATE SKIP LOCKED} so several nodes share the work; returns how many.
	 */
	int catchUp(int batch) {
		List<Object[]> deals = jdbc.sql("select id, name from deals where name_words < ? order by id limit ? "
				+ "for update skip locked")
			.params(DealNameWords.VERSION, batch)
			.query((rs, n) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("name") })
			.list();
		for (Object[] deal : deals) {
			replace((UUID) deal[0], (String) deal[1]);
		}
		if (!deals.isEmpty()) {
			jdbc.sql("update deals set name_words = :version where id in (:ids)")
				.param("version", DealNameWords.VERSION)
				.param("ids", deals.stream().map(d -> d[0]).toList())
				.update();
		}
		return deals.size();
	}
}
