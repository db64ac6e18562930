package dev.custodian.view;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Saved views as rows; filters are stored as a query string ({@code owner=…&stage=lead}).
 */
@Repository
class ViewStore {

	private static final String COLUMNS = "id, list_name, name, filters, sort";

	private final JdbcClient jdbc;

	ViewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SavedView> ofUser(UUID user, String list) {
		return jdbc.sql("select " + COLUMNS + " from saved_views where user_id = ? and list_name = ? order by name")
			.params(user, list)
			.query(ViewStore::map)
			.list();
	}

	/** Every view of a user, of every list. */
	List<SavedView> allOf(UUID user) {
		return jdbc.sql("select " + COLUMNS + " from saved_views where user_id = ? order by list_name, name")
			.param(user)
			.query(ViewStore::map)
			.list();
	}

	int deleteAllOf(UUID user) {
		return jdbc.sql("delete from saved_views where user_id = ?").param(user).update();
	}

	Optional<SavedView> byId(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from saved_views where id = ?").param(id).query(ViewStore::map).optional();
	}

	Optional<UUID> ownerOf(UUID id) {
		return jdbc.sql("select user_id from saved_views where id = ?").param(id).query(UUID.class).optional();
	}

	void insert(UUID user, SavedView view, Instant now) {
		jdbc.sql("insert into saved_views (id, user_id, list_name, name, filters, sort, created_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?)")
			.params(view.id(), user, view.list(), view.name(), encode(view.filters()), view.sort(), DbTime.param(now))
			.update();
	}

	void deleteByName(UUID user, String list, String name) {
		jdbc.sql("delete from saved_views where user_id = ? and list_name = ? and name = ?")
			.params(user, list, name)
			.update();
	}

	void delete(UUID id) {
		jdbc.sql("delete from saved_views where id = ?").param(id).update();
	}

	private static String encode(Map<String, String> filters) {
		return filters.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> decode(String text) {
		Map<String, String> filters = new LinkedHashMap<>();
		for (String pair : text.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				filters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return Map.copyOf(filters);
	}

	private static SavedView map(ResultSet rs, int row) throws SQLException {
		return new SavedView(rs.getObject("id", UUID.class), rs.getString("list_name"), rs.getString("name"),
				decode(rs.getString("filters")), rs.getString("sort"));
	}
}
