package dev.custodian.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.shared.KeysetPosition;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The deals, with the people taking part (tombstones of erased ones included) read alongside, and the prefixes of
 * the words of their names (see {@link DealNamePrefixes}) kept in the same transaction.
 */
@Repository
class DealStore {

	static final String COLUMNS = "d.id, d.name, d.amount, d.currency, d.pipeline_id, d.stage_id, d.owner_id, "
			+ "d.company_id, d.status, d.lost_reason_id, d.expected_close_date, d.stage_entered_at, d.created_at, "
			+ "d.updated_at, d.version";

	private final JdbcClient jdbc;

	private final DealSums sums;

	private final DealNamePrefixes prefixes;

	DealStore(JdbcClient jdbc, DealSums sums, DealNamePrefixes prefixes) {
		this.jdbc = jdbc;
		this.sums = sums;
		this.prefixes = prefixes;
	}

	Optional<Deal> byId(UUID id) {
		return one(id, "");
	}

	/** The deal, its row locked until the transaction ends. */
	Optional<Deal> lockedById(UUID id) {
		return one(id, " for update");
	}

	private Optional<Deal> one(UUID id, String lock) {
		Optional<Deal> bare = jdbc.sql("select " + COLUMNS + " from deals d where d.id = ?" + lock).param(id)
			.query(DealStore::deal).optional();
		return bare.map(d -> d.withContacts(contactsOf(List.of(id)).getOrDefault(id, List.of())));
	}

	/** The deals with their people, in the order of {@code rows}. */
	List<Deal> withContacts(List<Deal> rows) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<UUID, List<DealParticipant>> contacts = contactsOf(rows.stream().map(Deal::id).toList());
		return rows.stream().map(d -> d.withContacts(contacts.getOrDefault(d.id(), List.of()))).toList();
	}

	Map<UUID, List<DealParticipant>> contactsOf(Collection<UUID> dealIds) {
		Map<UUID, List<DealParticipant>> found = new HashMap<>();
		if (dealIds.isEmpty()) {
			return found;
		}
		String in = String.join(", ", dealIds.stream().map(id -> "?").toList());
		jdbc.sql("select deal_id, subject_id, role, restricted_at from deal_contacts where deal_id in (" + in
				+ ") order by deal_id, position").params(List.copyOf(dealIds)).query(rs -> {
					found.computeIfAbsent(rs.getObject("deal_id", UUID.class), k -> new ArrayList<>())
						.add(new DealParticipant(rs.getObject("subject_id", UUID.class), role(rs), false,
								DbTime.read(rs, "restricted_at") != null));
				});
		jdbc.sql("select deal_id, role from deal_erased_contacts where deal_id in (" + in + ") order by deal_id, id")
			.params(List.copyOf(dealIds)).query(rs -> {
				found.computeIfAbsent(rs.getObject("deal_id", UUID.class), k -> new ArrayList<>())
					.add(new DealParticipant(null, role(rs), true, false));
			});
		return found;
	}

	void insert(Deal d) {
		jdbc.sql("insert into deals (id, name, amount, currency, pipeline_id, stage_id, owner_id, company_id, status, "
				+ "lost_reason_id, expected_close_date, stage_entered_at, created_at, updated_at, version, name_words) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.name(), d.amount(), d.currency(), d.pipelineId(), d.stageId(), d.ownerId(),
					d.companyId(), d.status().code(), d.lostReasonId(), d.expectedCloseDate(),
					DbTime.param(d.stageEnteredAt()), DbTime.param(d.createdAt()), DbTime.param(d.updatedAt()),
					d.version(), DealNameWords.VERSION)
			.update();
		sums.add(d);
		prefixes.write(d.id(), d.name());
		replaceContacts(d.id(), d.contacts());
	}

	/**
	 * Writes the deal's columns, and the prefixes of its name when {@code nameBefore} differs; its row is locked, so
	 * the version cannot have moved.
	 */
	void update(Deal d, String nameBefore) {
		var before = sums.stored(d.id());
		jdbc.sql("update deals set name = ?, amount = ?, currency = ?, pipeline_id = ?, stage_id = ?, owner_id = ?, "
				+ "company_id = ?, status = ?, lost_reason_id = ?, expected_close_date = ?, stage_entered_at = ?, "
				+ "updated_at = ?, version = ? where id = ?")
			.params(d.name(), d.amount(), d.currency(), d.pipelineId(), d.stageId(), d.ownerId(), d.companyId(),
					d.status().code(), d.lostReasonId(), d.expectedCloseDate(), DbTime.param(d.stageEnteredAt()),
					DbTime.param(d.updatedAt()), d.version(), d.id())
			.update();
		sums.move(before, d);
		if (!d.name().equals(nameBefore)) {
			jdbc.sql("update deals set name_words = ? where id = ?").params(DealNameWords.VERSION, d.id()).update();
			prefixes.replace(d.id(), d.name());
		}
		replaceContacts(d.id(), d.contacts());
	}

	/** Replaces the links that are not frozen; a restricted person's link stays as it is. */
	private void replaceContacts(UUID dealId, List<DealParticipant> contacts) {
		jdbc.sql("delete from deal_contacts where deal_id = ? and restricted_at is null").param(dealId).update();
		int position = 0;
		for (DealParticipant c : contacts) {
			position++;
			if (c.erased() || c.restricted() || c.contactId() == null) {
				continue;
			}
			jdbc.sql("insert into deal_contacts (subject_id, deal_id, role, position) values (?, ?, ?, ?)")
				.params(c.contactId(), dealId, c.role().code(), position)
				.update();
		}
	}

	void delete(UUID id) {
		sums.remove(sums.stored(id));
		jdbc.sql("delete from deal_contacts where deal_id = ?").param(id).update();
		jdbc.sql("delete from deal_erased_contacts where deal_id = ?").param(id).update();
		jdbc.sql("delete from deal_stage_history where deal_id = ?").param(id).update();
		prefixes.delete(id);
		jdbc.sql("delete from deals where id = ?").param(id).update();
	}

	void enteredStage(UUID dealId, Stage stage, Instant at, @Nullable UUID by) {
		jdbc.sql("insert into deal_stage_history (id, deal_id, stage_id, stage_name, entered_at, entered_by) "
				+ "values (?, ?, ?, ?, ?, ?)")
			.params(dev.custodian.shared.Ids.newId(), dealId, stage.id(), stage.name(), DbTime.param(at), by)
			.update();
	}

	List<StageVisit> history(UUID dealId) {
		return jdbc.sql("select stage_id, stage_name, entered_at, entered_by from deal_stage_history where deal_id = ? "
				+ "order by entered_at, id").param(dealId)
			.query((rs, n) -> new StageVisit(rs.getObject("stage_id", UUID.class), rs.getString("stage_name"),
					DbTime.required(rs, "entered_at"), rs.getObject("entered_by", UUID.class), null))
			.list();
	}

	/**
	 * The deal an imported row stands for: the same name, case ignored, at the same company (or both without one) in
	 * the same pipeline; the oldest when several are.
	 */
	Optional<UUID> idByNameAt(String name, @Nullable UUID companyId, UUID pipelineId) {
		String company = companyId == null ? "company_id is null" : "company_id = ?";
		List<Object> params = new ArrayList<>(List.of(name, pipelineId));
		if (companyId != null) {
			params.add(companyId);
		}
		return jdbc.sql("select id from deals where lower(name) = lower(?) and pipeline_id = ? and " + company
				+ " order by created_at, id limit 1").params(params).query(UUID.class).optional();
	}

	/** Records where the deals came from ({@code import:<job id>}). */
	void markOrigin(List<UUID> ids, String origin) {
		for (int from = 0; from < ids.size(); from += 500) {
			jdbc.sql("update deals set origin = :origin where id in (:ids)")
				.param("origin", origin)
				.param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
				.update();
		}
	}

	long dealsIn(UUID stageId) {
		return jdbc.sql("select count(*) from deals where stage_id = ?").param(stageId).query(Long.class).single();
	}

	/** The ids of the deals in a stage, their rows locked. */
	List<UUID> lockedIdsIn(UUID stageId) {
		return jdbc.sql("select id from deals where stage_id = ? order by id for update").param(stageId)
			.query(UUID.class).list();
	}

	KeysetPage<Deal> list(DealFilter filter, @Nullable KeysetPosition after, int limit) {
		List<Object> params = new ArrayList<>(filter.params());
		String sql = filter.selectSql();
		if (after != null) {
			sql += filter.sort().after("d.id");
			params.add(after.param());
			params.add(after.param());
			params.add(after.id());
		}
		sql += filter.sort().orderBy("d.id") + " limit " + (limit + 1);
		List<KeysetPosition> positions = new ArrayList<>();
		List<Deal> rows = jdbc.sql(sql).params(params).query((rs, n) -> {
			positions.add(KeysetPosition.of(filter.sort(), rs, rs.getObject("id", UUID.class)));
			return deal(rs, n);
		}).list();
		String next = null;
		if (rows.size() > limit) {
			rows = rows.subList(0, limit);
			next = positions.get(limit - 1).encode();
		}
		return new KeysetPage<>(withContacts(rows), next);
	}

	ListCount count(DealFilter filter) {
		return ListCount.of(jdbc.sql(ListCount.sql(filter.onesSql())).params(filter.params()).query(Long.class).single());
	}

	static Deal deal(ResultSet rs, int row) throws SQLException {
		return new Deal(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBigDecimal("amount").setScale(2),
				rs.getString("currency"), rs.getObject("pipeline_id", UUID.class), rs.getObject("stage_id", UUID.class),
				rs.getObject("owner_id", UUID.class), rs.getObject("company_id", UUID.class),
				DealStatus.fromCode(rs.getString("status")).orElseThrow(), rs.getObject("lost_reason_id", UUID.class),
				rs.getObject("expected_close_date", java.time.LocalDate.class), List.of(),
				DbTime.required(rs, "stage_entered_at"), DbTime.required(rs, "created_at"),
				DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}

	private static ContactRole role(ResultSet rs) throws SQLException {
		return ContactRole.fromCode(rs.getString("role")).orElse(ContactRole.OTHER);
	}
}
