package dev.custodian.identity.web;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.custodian.identity.ApiToken;
import dev.custodian.shared.SortOption;
import org.jspecify.annotations.Nullable;

/**
 * A user's API tokens as their account page lists them: all, only the active ones or only the revoked and
 * expired ones, newest first or by name, expiry or last use.
 */
record TokenList(List<ApiToken> shown, String state, String sort) {

	/** The list's name among saved views (its path). */
	static final String NAME = "account/tokens";

	static final List<SortOption> SORTS = List.of(new SortOption("-created", "identity.account.tokens.sort.newest"),
			new SortOption("name", "identity.account.tokens.sort.name"),
			new SortOption("expires", "identity.account.tokens.sort.expires"),
			new SortOption("-used", "identity.account.tokens.sort.used"));

	private static final Comparator<Instant> LATEST_FIRST = Comparator.nullsLast(Comparator.reverseOrder());

	private static final Map<String, Comparator<ApiToken>> ORDERS = Map.of(
			"-created", Comparator.comparing(ApiToken::createdAt, Comparator.reverseOrder()),
			"name", Comparator.comparing(ApiToken::name, String.CASE_INSENSITIVE_ORDER),
			"expires", Comparator.comparing(ApiToken::expiresAt),
			"-used", Comparator.comparing(ApiToken::lastUsedAt, LATEST_FIRST));

	static TokenList of(List<ApiToken> all, @Nullable String state, @Nullable String sort) {
		Instant now = Instant.now();
		String only = "active".equals(state) || "ended".equals(state) ? state : "";
		String order = sort != null && ORDERS.containsKey(sort) ? sort : "-created";
		List<ApiToken> shown = all.stream()
			.filter(token -> only.isEmpty() || token.active(now) == only.equals("active"))
			.sorted(ORDERS.get(order).thenComparing(ApiToken::id))
			.toList();
		return new TokenList(shown, only, order);
	}
}
