package dev.custodian.deal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.custodian.shared.TextFolding;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds deals by the start of the words of their name through {@code deal_name_prefixes}, never by reading every
 * name. First the ids matching the text are read, at most {@link #FEW_MATCHES} + 1 of them, from the prefixes'
 * primary key alone. A text matching at most that many has them looked up by id and ranked: names starting with the
 * text first, then by name. A text matching more (a short, common word) walks the deals in name order instead,
 * checking each against its prefixes through the primary key, which fills a page after a few rows; its hits are in
 * name order.
 */
@Component
class DealNameSearch {

	/** A text matching at most this many deals has them looked up by id and ranked. */
	static final int FEW_MATCHES = 1_000;

	/**
	 * How many deals sharing a long word's 20-character prefix are read to check the whole word: such prefixes are
	 * rare, so this bounds the work rather than the answer.
	 */
	static final int CHECKED_CANDIDATES = 1_000;

	private static final String SELECT = "select d.id, d.name, d.amount, d.currency, s.name as stage from deals d "
			+ "join pipeline_stages s on s.id = d.stage_id where 1 = 1";

	private final JdbcClient jdbc;

	DealNameSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A deal found, with what a hit shows of it. */
	record Found(UUID id, String name, BigDecimal amount, String currency, String stage) {
	}

	/**
	 * At most {@code limit} deals whose name has, for every word of the text of two characters or more, a word
	 * starting with it; none when the text has no such word.
	 *
	 * @param owner the owner a caller limited to their own deals is held to, or null
	 */
	List<Found> find(String text, @Nullable UUID owner, int limit) {
		List<String> words = DealNameWords.searched(text);
		if (words.isEmpty()) {
			return List.of();
		}
		// a word longer than the stored prefixes is matched by its prefix, then checked whole on the candidates
		boolean check = words.stream().anyMatch(DealNameWords::longerThanKey);
		int fetched = check ? CHECKED_CANDIDATES : limit;
		List<UUID> few = fewMatches(words);
		StringBuilder sql = new StringBuilder(SELECT);
		List<Object> params = new ArrayList<>();
		if (few != null) {
			if (few.isEmpty()) {
				return List.of();
			}
			sql.append(" and d.id in (").append(String.join(", ", Collections.nCopies(few.size(), "?"))).append(")");
			params.addAll(few);
		}
		else {
			for (String word : words) {
				sql.append(" and exists (select 1 from deal_name_prefixes p where p.prefix = ? and p.deal_id = d.id)");
				params.add(DealNameWords.key(word));
			}
		}
		if (owner != null) {
			sql.append(" and d.owner_id = ?");
			params.add(owner);
		}
		if (few != null) {
			sql.append(" order by case when lower(d.name) like ? escape '\\' then 0 else 1 end, d.name, d.id");
			params.add(TextFolding.likePrefix(text.toLowerCase(Locale.ROOT)));
		}
		else {
			sql.append(" order by d.name, d.id");
		}
		sql.append(" limit ?");
		params.add(fetched);
		return jdbc.sql(sql.toString()).params(params)
			.query((rs, n) -> new Found(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getBigDecimal("amount").setScale(2), rs.getString("currency"), rs.getString("stage")))
			.list()
			.stream()
			.filter(found -> !check || DealNameWords.matches(found.name(), words))
			.limit(limit)
			.toList();
	}

	/**
	 * The ids of the deals with a word starting with each searched word, when there are at most
	 * {@link #FEW_MATCHES}; {@code null} when there are more. Reads the prefixes' primary key only.
	 */
	private @Nullable List<UUID> fewMatches(List<String> words) {
		StringBuilder sql = new StringBuilder("select p.deal_id from deal_name_prefixes p where p.prefix = ?");
		List<Object> params = new ArrayList<>(List.of(DealNameWords.key(words.get(0))));
		for (String word : words.subList(1, words.size())) {
			sql.append(" and exists (select 1 from deal_name_prefixes q where q.prefix = ? and q.deal_id = p.deal_id)");
			params.add(DealNameWords.key(word));
		}
		params.add(FEW_MATCHES + 1);
		List<UUID> ids = jdbc.sql(sql + " limit ?").params(params).query(UUID.class).list();
		return ids.size() > FEW_MATCHES ? null : ids;
	}
}
