package dev.custodian.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pipelines and their stages through the API, on H2 and PostgreSQL: the default Sales pipeline is there from the
 * start; administrators add, rename and remove pipelines and add, change, reorder and remove stages, each change
 * guarded by the pipeline's ETag and audited; a stage holding deals is only removed once they are moved; the last
 * stage and the last pipeline stay. Every pipeline a test adds is removed after it.
 */
public abstract class PipelineApiContract extends ApiContract {

	static final String SALES_PIPELINE = "019a0000-0000-7000-8000-000000000001";

	@Autowired
	DealsHeldForTests deals;

	String admin;

	String sales;

	private final List<String> added = new ArrayList<>();

	@BeforeEach
	void setUp() {
		admin = personas.token(Role.ADMIN);
		sales = personas.token(Role.SALES);
	}

	@AfterEach
	void removeAdded() {
		deals.clear();
		added.forEach(id -> api.delete("/api/v1/pipelines/" + id, admin));
		added.clear();
	}

	/** Adds a pipeline with a unique name and the given stages ({@code "name:probability"}), removed after the test. */
	JsonNode pipeline(String... stages) {
		StringBuilder json = new StringBuilder("{\"name\":\"P " + UUID.randomUUID() + "\",\"stages\":[");
		for (int i = 0; i < stages.length; i++) {
			String[] parts = stages[i].split(":");
			json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(parts[0]).append("\",\"probability\":")
				.append(parts[1]).append('}');
		}
		Response created = api.post("/api/v1/pipelines", admin, json.append("]}").toString());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		added.add(created.text("id"));
		return created.json();
	}

	Response send(HttpMethod method, String uri, String token, String json, String ifMatch) {
		return api.send(method, uri, token, json, "If-Match", ifMatch);
	}

	static List<String> stageNames(JsonNode pipeline) {
		List<String> names = new ArrayList<>();
		pipeline.get("stages").forEach(s -> names.add(s.get("name").asString() + ":" + s.get("probability").asInt()));
		return names;
	}

	static String stageId(JsonNode pipeline, int index) {
		return pipeline.get("stages").get(index).get("id").asString();
	}

	static List<String> errorFields(Response response) {
		List<String> named = new ArrayList<>();
		response.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
		return named;
	}

	List<String> auditActions(String pipelineId) {
		return jdbc.sql("select action from audit_events where resource_type = 'pipeline' and resource_id = ? "
				+ "order by occurred_at, id").param(pipelineId).query(String.class).list();
	}

	@Test
	void theDefaultSalesPipelineIsThereForEveryReaderWithItsStagesInOrder() {
		for (Role role : List.of(Role.SALES, Role.READ_ONLY, Role.SUPPORT)) {
			Response list = api.get("/api/v1/pipelines", personas.token(role));
			assertThat(list.status()).as(role.name()).isEqualTo(200);
			JsonNode salesPipeline = null;
			for (JsonNode item : list.json().get("items")) {
				if (item.get("id").asString().equals(SALES_PIPELINE)) {
					salesPipeline = item;
				}
			}
			assertThat(salesPipeline).as("the default pipeline").isNotNull();
			assertThat(salesPipeline.get("name").asString()).isEqualTo("Sales");
			assertThat(stageNames(salesPipeline)).containsExactly("Lead:10", "Qualified:25", "Proposal:50",
					"Negotiation:75", "Won:100", "Lost:0");
		}
		assertThat(api.get("/api/v1/pipelines", null).status()).isEqualTo(401);
	}

	@Test
	void administratorsAddRenameAndReorderEachChangeANewVersionAndAudited() {
		JsonNode created = pipeline("Lead:10", "Won:100");
		String id = created.get("id").asString();
		String uri = "/api/v1/pipelines/" + id;
		Response read = api.get(uri, sales);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
		assertThat(stageNames(read.json())).containsExactly("Lead:10", "Won:100");

		Response renamed = send(HttpMethod.PATCH, uri, admin, "{\"name\":\"Renewals " + id + "\"}", "\"0\"");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.header("ETag")).isEqualTo("\"1\"");
		assertThat(renamed.text("name")).isEqualTo("Renewals " + id);

		Response added = send(HttpMethod.POST, uri + "/stages", admin, "{\"name\":\"Demo\",\"probability\":40}", "\"1\"");
		assertThat(added.status()).as(added.body()).isEqualTo(200);
		assertThat(stageNames(added.json())).containsExactly("Lead:10", "Won:100", "Demo:40");

		String order = "{\"stageIds\":[\"" + stageId(added.json(), 0) + "\",\"" + stageId(added.json(), 2) + "\",\""
				+ stageId(added.json(), 1) + "\"]}";
		Response reordered = send(HttpMethod.PUT, uri + "/stage-order", admin, order, "\"2\"");
		assertThat(reordered.status()).as(reordered.body()).isEqualTo(200);
		assertThat(stageNames(reordered.json())).containsExactly("Lead:10", "Demo:40", "Won:100");

		Response changed = send(HttpMethod.PATCH, uri + "/stages/" + stageId(reordered.json(), 1), admin,
				"{\"probability\":35}", "\"3\"");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(stageNames(api.get(uri, sales).json())).containsExactly("Lead:10", "Demo:35", "Won:100");
		assertThat(api.get(uri, sales).header("ETag")).isEqualTo("\"4\"");
		assertThat(auditActions(id)).containsExactlyInAnyOrder("CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE");
	}

	@Test
	void badInputNamesEveryInvalidFieldAndChangesNothing() {
		long before = jdbc.sql("select count(*) from pipelines").query(Long.class).single();
		Response refused = api.post("/api/v1/pipelines", admin,
				"{\"name\":\" \",\"colour\":\"red\",\"stages\":[{\"name\":\"A\",\"probability\":101},{\"name\":\"a\",\"probability\":\"x\"}]}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(errorFields(refused)).containsExactlyInAnyOrder("name", "colour", "stages[0].probability",
				"stages[1].name", "stages[1].probability");
		assertThat(errorFields(api.post("/api/v1/pipelines", admin, "{\"name\":\"No stages\",\"stages\":[]}")))
			.containsExactly("stages");
		assertThat(jdbc.sql("select count(*) from pipelines").query(Long.class).single()).isEqualTo(before);

		JsonNode created = pipeline("Lead:10", "Won:100");
		String uri = "/api/v1/pipelines/" + created.get("id").asString();
		Response stage = send(HttpMethod.POST, uri + "/stages", admin, "{\"name\":\"\",\"probability\":-1}", "\"0\"");
		assertThat(stage.status()).isEqualTo(400);
		assertThat(errorFields(stage)).containsExactlyInAnyOrder("name", "probability");
		Response patch = send(HttpMethod.PATCH, uri + "/stages/" + stageId(created, 0), admin,
				"{\"probability\":150}", "\"0\"");
		assertThat(errorFields(patch)).containsExactly("probability");
		Response rename = send(HttpMethod.PATCH, uri, admin, "{\"name\":\"\",\"displayOrder\":\"first\",\"stages\":[]}", "\"0\"");
		assertThat(rename.status()).isEqualTo(400);
		assertThat(errorFields(rename)).containsExactlyInAnyOrder("name", "displayOrder");
		Response duplicate = send(HttpMethod.POST, uri + "/stages", admin, "{\"name\":\"won\",\"probability\":5}", "\"0\"");
		assertThat(errorFields(duplicate)).containsExactly("name");

		String first = stageId(created, 0);
		for (String order : List.of("[\"" + first + "\"]", "[\"" + first + "\",\"" + first + "\"]",
				"[\"" + first + "\",\"" + UUID.randomUUID() + "\"]", "[\"not-an-id\"]", "\"x\"")) {
			Response bad = send(HttpMethod.PUT, uri + "/stage-order", admin, "{\"stageIds\":" + order + "}", "\"0\"");
			assertThat(bad.status()).as(order).isEqualTo(400);
			assertThat(errorFields(bad)).as(order).containsExactly("stageIds");
		}
		Response unchanged = api.get(uri, admin);
		assertThat(unchanged.header("ETag")).isEqualTo("\"0\"");
		assertThat(stageNames(unchanged.json())).containsExactly("Lead:10", "Won:100");
	}

	@Test
	void aStageHoldingDealsIsRemovedOnlyOnceTheyAreMovedAndTheLastStageStays() {
		JsonNode created = pipeline("Lead:10", "Proposal:50", "Won:100");
		String uri = "/api/v1/pipelines/" + created.get("id").asString();
		String lead = stageId(created, 0);
		String proposal = stageId(created, 1);
		deals.put(UUID.fromString(proposal), 3);

		Response refused = send(HttpMethod.DELETE, uri + "/stages/" + proposal, admin, null, "\"0\"");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("deals").asLong()).isEqualTo(3);
		assertThat(refused.text("stageId")).isEqualTo(proposal);
		assertThat(api.get(uri, admin).json().get("stages")).hasSize(3);

		Response moved = send(HttpMethod.DELETE, uri + "/stages/" + proposal + "?moveDealsTo=" + lead, admin, null, "\"0\"");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(stageNames(moved.json())).containsExactly("Lead:10", "Won:100");
		assertThat(deals.dealsIn(UUID.fromString(lead))).isEqualTo(3);
		UUID movedDeal = deals.idsIn(UUID.fromString(lead)).get(0);
		JsonNode history = api.get("/api/v1/deals/" + movedDeal + "/stage-history", sales).json().get("items");
		assertThat(history).extracting(e -> e.get("stageName").asString()).containsExactly("Proposal", "Lead");
		assertThat(api.get("/api/v1/deals/" + movedDeal, sales).text("stageId")).isEqualTo(lead);

		Response removed = send(HttpMethod.DELETE, uri + "/stages/" + stageId(moved.json(), 1), admin, null, "\"1\"");
		assertThat(removed.status()).isEqualTo(200);
		deals.clear();
		Response last = send(HttpMethod.DELETE, uri + "/stages/" + lead, admin, null, "\"2\"");
		assertThat(last.status()).isEqualTo(409);
		assertThat(stageNames(api.get(uri, admin).json())).containsExactly("Lead:10");

		deals.put(UUID.fromString(lead), 1);
		assertThat(api.delete(uri, admin).status()).as("a pipeline whose stage holds deals").isEqualTo(409);
	}

	@Test
	void theLastPipelineCannotBeRemoved() {
		JsonNode salesPipeline = api.get("/api/v1/pipelines/" + SALES_PIPELINE, admin).json();
		JsonNode created = pipeline("Lead:10");
		String others = "select id from pipelines where id <> ?";
		List<String> ids = jdbc.sql(others).param(UUID.fromString(created.get("id").asString())).query(String.class).list();
		try {
			for (String other : ids) {
				// deals other suites left in the pipeline (the default one, say) would keep it, and rightly so
				jdbc.sql("select id from deals where pipeline_id = ?").param(UUID.fromString(other)).query(UUID.class)
					.list().forEach(deal -> assertThat(api.delete("/api/v1/deals/" + deal, admin).status()).isEqualTo(204));
				assertThat(api.delete("/api/v1/pipelines/" + other, admin).status()).isEqualTo(204);
			}
			Response last = api.delete("/api/v1/pipelines/" + created.get("id").asString(), admin);
			assertThat(last.status()).isEqualTo(409);
			assertThat(api.get("/api/v1/pipelines", admin).json().get("items")).hasSize(1);
		}
		finally {
			restore(salesPipeline);
		}
	}

	/** Puts the default pipeline back as it was, so the other suites find it. */
	private void restore(JsonNode pipeline) {
		UUID id = UUID.fromString(pipeline.get("id").asString());
		if (jdbc.sql("select count(*) from pipelines where id = ?").param(id).query(Long.class).single() > 0) {
			return;
		}
		jdbc.sql("insert into pipelines (id, name, display_order, created_at, updated_at, version) "
				+ "values (?, ?, ?, current_timestamp, current_timestamp, 0)")
			.params(id, pipeline.get("name").asString(), pipeline.get("displayOrder").asInt())
			.update();
		int position = 0;
		for (JsonNode stage : pipeline.get("stages")) {
			jdbc.sql("insert into pipeline_stages (id, pipeline_id, name, position, probability, created_at, "
					+ "updated_at, version) values (?, ?, ?, ?, ?, current_timestamp, current_timestamp, 0)")
				.params(UUID.fromString(stage.get("id").asString()), id, stage.get("name").asString(), position++,
						stage.get("probability").asInt())
				.update();
		}
	}

	@Test
	void changesNeedTheCurrentETag() {
		JsonNode created = pipeline("Lead:10");
		String uri = "/api/v1/pipelines/" + created.get("id").asString();
		Response missing = api.send(HttpMethod.PATCH, uri, admin, "{\"name\":\"x " + UUID.randomUUID() + "\"}");
		assertThat(missing.status()).isEqualTo(428);
		assertThat(api.send(HttpMethod.POST, uri + "/stages", admin, "{\"name\":\"B\",\"probability\":5}").status())
			.isEqualTo(428);
		assertThat(send(HttpMethod.POST, uri + "/stages", admin, "{\"name\":\"B\",\"probability\":5}", "\"0\"").status())
			.isEqualTo(200);
		Response stale = send(HttpMethod.PATCH, uri, admin, "{\"name\":\"y " + UUID.randomUUID() + "\"}", "\"0\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("ETag")).isEqualTo("\"1\"");
		assertThat(send(HttpMethod.DELETE, uri, admin, null, "\"0\"").status()).isEqualTo(412);
		assertThat(api.get(uri, admin).text("name")).isEqualTo(created.get("name").asString());
		assertThat(api.get("/api/v1/pipelines/" + UUID.randomUUID(), admin).status()).isEqualTo(404);
		assertThat(send(HttpMethod.PATCH, uri + "/stages/" + UUID.randomUUID(), admin, "{\"probability\":5}", "\"1\"")
			.status()).isEqualTo(404);
	}

	@Test
	void salesReadButDoNotManagePipelines() {
		JsonNode created = pipeline("Lead:10", "Won:100");
		String uri = "/api/v1/pipelines/" + created.get("id").asString();
		assertThat(api.get(uri, sales).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/pipelines", sales, "{\"name\":\"Mine\",\"stages\":[{\"name\":\"A\",\"probability\":1}]}")
			.status()).isEqualTo(403);
		assertThat(send(HttpMethod.PATCH, uri, sales, "{\"name\":\"Mine\"}", "\"0\"").status()).isEqualTo(403);
		assertThat(send(HttpMethod.POST, uri + "/stages", sales, "{\"name\":\"B\",\"probability\":5}", "\"0\"").status())
			.isEqualTo(403);
		assertThat(send(HttpMethod.DELETE, uri + "/stages/" + stageId(created, 0), sales, null, "\"0\"").status())
			.isEqualTo(403);
		assertThat(api.delete(uri, sales).status()).isEqualTo(403);
		assertThat(api.get(uri, admin).header("ETag")).isEqualTo("\"0\"");
		assertThat(api.post("/api/v1/pipelines", admin, "{\"name\":\"" + created.get("name").asString()
				+ "\",\"stages\":[{\"name\":\"A\",\"probability\":1}]}").status()).isEqualTo(409);
	}
}
