package dev.custodian.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.activity.ActivitySealing.Copy;
import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The activities as stored: their shared rows, their copies, links and the people and users taking part. Reads of
 * several activities go in batches (one query per table for a whole page).
 */
@Repository
class ActivityStore {

	private final JdbcClient jdbc;

	ActivityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(ActivityRow a, List<ActivityLink> links, List<UUID> people, List<UUID> users, List<Copy> copies) {
		jdbc.sql("insert into activities (id, type, occurred_at, ends_at, direction, duration_seconds, outcome, "
				+ "author_id, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(a.id(), a.type().code(), DbTime.param(a.occurredAt()), DbTime.param(a.endsAt()), a.direction(),
					a.durationSeconds(), a.outcome(), a.authorId(), DbTime.param(a.createdAt()),
					DbTime.param(a.updatedAt()), a.version())
			.update();
		for (ActivityLink link : links) {
			jdbc.sql("insert into activity_links (activity_id, kind, record_id, occurred_at) values (?, ?, ?, ?)")
				.params(a.id(), link.kind(), link.id(), DbTime.param(a.occurredAt()))
				.update();
		}
		people.forEach(p -> jdbc.sql("insert into activity_people (subject_id, activity_id) values (?, ?)")
			.params(p, a.id()).update());
		users.forEach(u -> jdbc.sql("insert into activity_users (activity_id, user_id) values (?, ?)")
			.params(a.id(), u).update());
		copies.forEach(this::insertCopy);
	}

	private void insertCopy(Copy c) {
		jdbc.sql("insert into activity_copies (subject_id, activity_id, subject, body, location) values (?, ?, ?, ?, ?)")
			.params(c.subjectId(), c.activityId(), c.subject(), c.body(), c.location())
			.update();
	}

	Optional<ActivityRow> lockedById(UUID id) {
		return jdbc.sql("select " + ActivityRow.COLUMNS + " from activities a where a.id = ? for update")
			.param(id).query(ActivityRow::map).optional();
	}

	List<ActivityRow> byIds(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + ActivityRow.COLUMNS + " from activities a where a.id in (:ids)")
			.param("ids", ids).query(ActivityRow::map).list();
	}

	/** The shared row changed, its copies' content replaced, its links moved to its new time. */
	void update(ActivityRow a, List<Copy> copies) {
		jdbc.sql("update activities set occurred_at = ?, ends_at = ?, direction = ?, duration_seconds = ?, "
				+ "outcome = ?, updated_at = ?, version = ? where id = ?")
			.params(DbTime.param(a.occurredAt()), DbTime.param(a.endsAt()), a.direction(), a.durationSeconds(),
					a.outcome(), DbTime.param(a.updatedAt()), a.version(), a.id())
			.update();
		jdbc.sql("update activity_links set occurred_at = ? where activity_id = ?")
			.params(DbTime.param(a.occurredAt()), a.id()).update();
		for (Copy c : copies) {
			jdbc.sql("update activity_copies set subject = ?, body = ?, location = ? where subject_id = ? "
					+ "and activity_id = ?")
				.params(c.subject(), c.body(), c.location(), c.subjectId(), c.activityId())
				.update();
		}
	}

	void delete(UUID id) {
		for (String table : List.of("activity_copies", "activity_links", "activity_people", "activity_users")) {
			jdbc.sql("delete from " + table + " where activity_id = ?").param(id).update();
		}
		jdbc.sql("delete from activities where id = ?").param(id).update();
	}

	/** The copies of the activities, by activity, each list in subject order. */
	Map<UUID, List<Copy>> copies(Collection<UUID> activityIds) {
		Map<UUID, List<Copy>> copies = new HashMap<>();
		if (activityIds.isEmpty()) {
			return copies;
		}
		jdbc.sql("select subject_id, activity_id, subject, body, location, restricted_at from activity_copies "
				+ "where activity_id in (:ids) order by subject_id")
			.param("ids", activityIds)
			.query((rs, row) -> new Copy(rs.getObject("subject_id", UUID.class),
					rs.getObject("activity_id", UUID.class), rs.getBytes("subject"), rs.getBytes("body"),
					rs.getBytes("location"), DbTime.read(rs, "restricted_at")))
			.list()
			.forEach(c -> copies.computeIfAbsent(c.activityId(), k -> new ArrayList<>()).add(c));
		return copies;
	}

	/** The copies of one subject. */
	List<Copy> copiesOf(UUID subject) {
		List<UUID> ids = jdbc.sql("select activity_id from activity_copies where subject_id = ?").param(subject)
			.query(UUID.class).list();
		return copies(ids).values().stream().flatMap(List::stream).filter(c -> c.subjectId().equals(subject))
			.toList();
	}

	Map<UUID, List<ActivityLink>> links(Collection<UUID> activityIds) {
		Map<UUID, List<ActivityLink>> links = new LinkedHashMap<>();
		if (!activityIds.isEmpty()) {
			jdbc.sql("select activity_id, kind, record_id from activity_links where activity_id in (:ids) "
					+ "order by kind, record_id")
				.param("ids", activityIds)
				.query((rs, row) -> Map.entry(rs.getObject("activity_id", UUID.class),
						new ActivityLink(rs.getString("kind"), rs.getObject("record_id", UUID.class))))
				.list()
				.forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		}
		return links;
	}

	/** The contacts ({@code activity_people}) or users ({@code activity_users}) taking part, by activity. */
	Map<UUID, List<UUID>> participants(String table, Collection<UUID> activityIds) {
		String column = table.equals("activity_people") ? "subject_id" : "user_id";
		Map<UUID, List<UUID>> found = new HashMap<>();
		if (!activityIds.isEmpty()) {
			jdbc.sql("select activity_id, " + column + " from " + table + " where activity_id in (:ids) order by "
					+ column)
				.param("ids", activityIds)
				.query((rs, row) -> Map.entry(rs.getObject("activity_id", UUID.class), rs.getObject(2, UUID.class)))
				.list()
				.forEach(e -> found.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		}
		return found;
	}

	/** Marks every copy of the subject restricted since {@code at}, or lifts it ({@code null}). */
	int restrict(UUID subject, java.time.@org.jspecify.annotations.Nullable Instant at) {
		return jdbc.sql("update activity_copies set restricted_at = ? where subject_id = ?")
			.params(DbTime.param(at), subject).update();
	}

	boolean holds(UUID subject) {
		return jdbc.sql("select count(*) from activity_copies where subject_id = ?").param(subject)
			.query(Long.class).single() > 0;
	}

	boolean restricted(UUID subject) {
		return jdbc.sql("select count(*) from activity_copies where subject_id = ? and restricted_at is not null")
			.param(subject).query(Long.class).single() > 0;
	}

	/**
	 * Removes the person from every activity: their copies, their taking part and the links to them; an activity
	 * left without any copy concerned only them and goes entirely.
	 * @return how many activities the person was removed from
	 */
	int erase(UUID subject) {
		List<UUID> touched = jdbc.sql("select activity_id from activity_copies where subject_id = :s union "
				+ "select activity_id from activity_people where subject_id = :s union "
				+ "select activity_id from activity_links where kind = 'contact' and record_id = :s")
			.param("s", subject).query(UUID.class).list();
		jdbc.sql("delete from activity_copies where subject_id = ?").param(subject).update();
		jdbc.sql("delete from activity_people where subject_id = ?").param(subject).update();
		jdbc.sql("delete from activity_links where kind = 'contact' and record_id = ?").param(subject).update();
		for (UUID id : touched) {
			if (jdbc.sql("select count(*) from activity_copies where activity_id = ?").param(id).query(Long.class)
				.single() == 0) {
				delete(id);
			}
		}
		return touched.size();
	}
}
