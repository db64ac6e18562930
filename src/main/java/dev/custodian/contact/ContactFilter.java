package dev.custodian.contact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.ListCount;
import dev.custodian.shared.ListSort;
import dev.custodian.shared.TextFolding;
import dev.custodian.vault.BlindIndex;
import org.jspecify.annotations.Nullable;

/**
 * The SQL condition of a contact list query (search tokens, company, company name, owner, stage, custom fields,
 * restriction), its
 * order, and the keyset condition that continues after a position, kept apart so a search can fetch batch after
 * batch with the same filter.
 */
record ContactFilter(String where, List<Object> params, SearchTokens.Query search, ListSort sort) {

	/**
	 * The filter of a query; restricted contacts (Art. 18) are left out unless the caller may see them, and other
	 * owners' contacts when the caller is limited to their own.
	 */
	static ContactFilter of(ContactQuery query, BlindIndex index, ContactScope.Visibility visibility) {
		return of(query, index, visibility, null);
	}

	/**
	 * The filter of a query whose search text matches only the contacts {@code few} (at most
	 * {@link Contacts#FEW_MATCHES}, found beforehand through the tokens and indexes): those are looked up by id, so a
	 * rare text does not scan the whole table in the list's order. With {@code null} (a text matching many
	 * contacts) each row in the list's order is checked against its tokens, which finds a page of a common text
	 * after a few rows.
	 */
	static ContactFilter of(ContactQuery query, BlindIndex index, ContactScope.Visibility visibility,
			@Nullable List<UUID> few) {
		StringBuilder sql = new StringBuilder(
				visibility.withRestricted() ? " where 1 = 1" : " where c.restricted_at is null");
		List<Object> params = new ArrayList<>();
		if (visibility.ownerOnly() != null) {
			sql.append(" and c.owner_id = ?");
			params.add(visibility.ownerOnly());
		}
		SearchTokens.Query search = SearchTokens.Query.of(query.q());
		if (!search.isEmpty() && few != null) {
			sql.append(few.isEmpty() ? " and 1 = 0"
					: " and c.id in (" + String.join(", ", Collections.nCopies(few.size(), "?")) + ")");
			params.addAll(few);
		}
		else if (!search.isEmpty()) {
			sql.append(" and (c.email_index = ? or c.phone_index = ?");
			params.add(SearchTokens.emailIndex(query.q(), index));
			params.add(SearchTokens.phoneQuery(query.q(), index).orElse(""));
			Set<String> tokens = SearchTokens.forQuery(search, index);
			if (!tokens.isEmpty()) {
				sql.append(" or exists (select 1 from contact_search_tokens t where t.subject_id = c.id and t.token in (")
					.append(String.join(", ", Collections.nCopies(tokens.size(), "?")))
					.append("))");
				params.addAll(tokens);
			}
			sql.append(")");
		}
		if (query.company() != null) {
			sql.append(" and c.company_id = ?");
			params.add(query.company().value());
		}
		String companyName = TextFolding.fold(query.companyName());
		if (!companyName.isEmpty()) {
			sql.append(" and c.company_id in (select co.id from companies co where co.name_folded like ? escape '\\')");
			params.add(TextFolding.likePrefix(companyName));
		}
		if (query.owner() != null) {
			sql.append(" and c.owner_id = ?");
			params.add(query.owner().value());
		}
		if (query.stage() != null) {
			sql.append(" and c.lifecycle_stage = ?");
			params.add(query.stage().name());
		}
		sql.append(query.customFields().sql("c.id"));
		params.addAll(query.customFields().params());
		return new ContactFilter(sql.toString(), List.copyOf(params), search, query.sort());
	}

	/** The filter, continued after {@code after} in the query's order, ordered and limited. */
	String sql(String columns, @Nullable KeysetPosition after) {
		return "select " + columns + ", " + sort.key().expression() + " as " + KeysetPosition.COLUMN
				+ " from contacts c" + where + (after == null ? "" : sort.after("c.id")) + sort.orderBy("c.id")
				+ " limit ?";
	}

	List<Object> params(@Nullable KeysetPosition after, int limit) {
		List<Object> all = new ArrayList<>(params);
		if (after != null) {
			all.add(after.param());
			all.add(after.param());
			all.add(after.id());
		}
		all.add(limit);
		return all;
	}

	/** Counts the matches, up to the cap (token matches: a query longer than the indexed prefixes counts those). */
	String countSql() {
		return ListCount.sql("select 1 from contacts c" + where);
	}

	/** The sort value of one contact, for a cursor that carries only its id. */
	String positionSql() {
		return "select " + sort.key().expression() + " from contacts c where c.id = ?";
	}
}
