package dev.custodian.deal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.OwnerLimits;
import dev.custodian.identity.Permission;
import dev.custodian.shared.LinkableRecords;
import dev.custodian.shared.SearchableRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals as records others link to (activities, tasks) and as hits of the global search box, labelled by their name,
 * which holds no personal data. Without {@code deal:read} the caller reads and finds no deal.
 */
@Component
class DealLinks implements LinkableRecords, SearchableRecords {

	private final JdbcClient jdbc;

	private final OwnerLimits limits;

	private final DealNameSearch names;

	DealLinks(JdbcClient jdbc, OwnerLimits limits, DealNameSearch names) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.names = names;
	}

	@Override
	public String kind() {
		return DealManagement.RECORD_TYPE;
	}

	@Override
	@Transactional(readOnly = true)
	public boolean readable(UUID id) {
		return Callers.may(Permission.DEAL_READ) && jdbc.sql("select owner_id from deals where id = ?")
			.param(id)
			.query(UUID.class)
			.optional()
			.filter(limits::mayWorkOn)
			.isPresent();
	}

	@Override
	public boolean linkable(UUID id) {
		return readable(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<UUID, String> labels(Collection<UUID> ids) {
		Map<UUID, String> labels = new LinkedHashMap<>();
		if (ids.isEmpty() || !Callers.may(Permission.DEAL_READ)) {
			return labels;
		}
		List<UUID> distinct = ids.stream().distinct().toList();
		String in = String.join(", ", distinct.stream().map(id -> "?").toList());
		jdbc.sql("select id, name, owner_id from deals where id in (" + in + ")").params(distinct)
			.query(rs -> {
				if (limits.mayWorkOn(rs.getObject("owner_id", UUID.class))) {
					labels.put(rs.getObject("id", UUID.class), rs.getString("name"));
				}
			});
		return labels;
	}

	@Override
	public String path(UUID id) {
		return "/deals/" + id;
	}

	/**
	 * Deals whose name has, for every word of the text (of two characters or more), a word starting with it (see
	 * {@link DealNameSearch}); a text without such a word finds nothing.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Hit> search(String text, int limit) {
		if (!Callers.may(Permission.DEAL_READ)) {
			return List.of();
		}
		return names.find(text, limits.ownerFilter(null), limit).stream()
			.map(d -> new Hit(kind(), d.id(), d.name(), d.amount().toPlainString() + " " + d.currency() + " · "
					+ d.stage(), path(d.id())))
			.toList();
	}
}
