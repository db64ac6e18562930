package dev.custodian.deal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The pipelines and their stages, in display order and stage position.
 */
@Repository
class PipelineStore {

	private static final String PIPELINE = "select id, name, display_order, created_at, updated_at, version from pipelines";

	private static final String STAGE = "select id, pipeline_id, name, position, probability, created_at, updated_at, "
			+ "version from pipeline_stages";

	private final JdbcClient jdbc;

	PipelineStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Pipeline> all() {
		Map<UUID, List<Stage>> stages = new LinkedHashMap<>();
		jdbc.sql(STAGE + " order by pipeline_id, position").query(PipelineStore::stage).list()
			.forEach(s -> stages.computeIfAbsent(s.pipelineId(), id -> new ArrayList<>()).add(s));
		return jdbc.sql(PIPELINE + " order by display_order, name")
			.query((rs, n) -> pipeline(rs, stages.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	Optional<Pipeline> byId(UUID id) {
		return find(id, "");
	}

	/** The pipeline, its row locked until the transaction ends, so changes to it and its stages queue up. */
	Optional<Pipeline> lockedById(UUID id) {
		return find(id, " for update");
	}

	private Optional<Pipeline> find(UUID id, String lock) {
		List<Stage> stages = jdbc.sql(STAGE + " where pipeline_id = ? order by position").param(id)
			.query(PipelineStore::stage).list();
		return jdbc.sql(PIPELINE + " where id = ?" + lock).param(id).query((rs, n) -> pipeline(rs, stages)).optional();
	}

	Optional<UUID> idByName(String name) {
		return jdbc.sql("select id from pipelines where name = ?").param(name).query(UUID.class).optional();
	}

	long count() {
		return jdbc.sql("select count(*) from pipelines").query(Long.class).single();
	}

	int maxDisplayOrder() {
		return jdbc.sql("select coalesce(max(display_order), 0) from pipelines").query(Integer.class).single();
	}

	void insert(Pipeline p) {
		jdbc.sql("insert into pipelines (id, name, display_order, created_at, updated_at, version) values (?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.name(), p.displayOrder(), DbTime.param(p.createdAt()), DbTime.param(p.updatedAt()),
					p.version())
			.update();
		p.stages().forEach(this::insert);
	}

	void insert(Stage s) {
		jdbc.sql("insert into pipeline_stages (id, pipeline_id, name, position, probability, created_at, updated_at, "
				+ "version) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(s.id(), s.pipelineId(), s.name(), s.position(), s.probability(), DbTime.param(s.createdAt()),
					DbTime.param(s.updatedAt()), s.version())
			.update();
	}

	/** Writes the pipeline's own columns; its row is locked, so the version cannot have moved. */
	void update(Pipeline p) {
		jdbc.sql("update pipelines set name = ?, display_order = ?, updated_at = ?, version = ? where id = ?")
			.params(p.name(), p.displayOrder(), DbTime.param(p.updatedAt()), p.version(), p.id())
			.update();
	}

	void update(Stage s) {
		jdbc.sql("update pipeline_stages set name = ?, position = ?, probability = ?, updated_at = ?, version = ? "
				+ "where id = ?")
			.params(s.name(), s.position(), s.probability(), DbTime.param(s.updatedAt()), s.version(), s.id())
			.update();
	}

	void deleteStage(UUID stageId) {
		jdbc.sql("delete from pipeline_stages where id = ?").param(stageId).update();
	}

	void delete(UUID pipelineId) {
		jdbc.sql("delete from pipeline_stages where pipeline_id = ?").param(pipelineId).update();
		jdbc.sql("delete from pipelines where id = ?").param(pipelineId).update();
	}

	private static Pipeline pipeline(ResultSet rs, List<Stage> stages) throws SQLException {
		return new Pipeline(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("display_order"), stages,
				DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"), rs.getLong("version"));
	}

	private static Stage stage(ResultSet rs, int row) throws SQLException {
		Instant created = DbTime.required(rs, "created_at");
		return new Stage(rs.getObject("id", UUID.class), rs.getObject("pipeline_id", UUID.class), rs.getString("name"),
				rs.getInt("position"), rs.getInt("probability"), created, DbTime.required(rs, "updated_at"),
				rs.getLong("version"));
	}
}
