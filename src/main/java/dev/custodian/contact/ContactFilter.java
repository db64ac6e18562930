package dev.custodian.contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.TextFolding;
import dev.custodian.vault.BlindIndex;
import org.jspecify.annotations.Nullable;

/**
 * The SQL condition of a contact list query (search tokens, company, owner, stage), and the keyset condition
 * that continues after a position, kept apart so a search can fetch batch after batch with the same filter.
 */
record ContactFilter(String where, List<Object> params, String folded) {

	static ContactFilter of(ContactQuery query, BlindIndex index) {
		StringBuilder sql = new StringBuilder(" where 1 = 1");
		List<Object> params = new ArrayList<>();
		String q = TextFolding.fold(query.q());
		if (!q.isEmpty()) {
			Set<String> tokens = SearchTokens.forQuery(q, index);
			sql.append(" and (c.email_index = ? or c.phone_index = ?");
			params.add(SearchTokens.emailIndex(q, index));
			params.add(SearchTokens.phoneQuery(query.q(), index).orElse(""));
			for (String token : tokens) {
				sql.append(" or c.id in (select t.subject_id from contact_search_tokens t where t.token = ?)");
				params.add(token);
			}
			sql.append(")");
		}
		if (query.company() != null) {
			sql.append(" and c.company_id = ?");
			params.add(query.company().value());
		}
		if (query.owner() != null) {
			sql.append(" and c.owner_id = ?");
			params.add(query.owner().value());
		}
		if (query.stage() != null) {
			sql.append(" and c.lifecycle_stage = ?");
			params.add(query.stage().name());
		}
		return new ContactFilter(sql.toString(), List.copyOf(params), q);
	}

	/** The filter, continued after {@code after} (most recently updated first), ordered and limited. */
	String sql(String columns, @Nullable ContactCursor after) {
		return "select " + columns + " from contacts c" + where
				+ (after == null ? "" : " and (c.updated_at < ? or (c.updated_at = ? and c.id < ?))")
				+ " order by c.updated_at desc, c.id desc limit ?";
	}

	List<Object> params(@Nullable ContactCursor after, int limit) {
		List<Object> all = new ArrayList<>(params);
		if (after != null) {
			all.add(DbTime.param(after.updatedAt()));
			all.add(DbTime.param(after.updatedAt()));
			all.add(after.id());
		}
		all.add(limit);
		return all;
	}
}
