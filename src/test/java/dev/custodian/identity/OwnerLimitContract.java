package dev.custodian.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A role limited to its own records sees, counts, searches and changes only the contacts and deals its users own,
 * the tasks assigned to them and the tickets assigned to them or to no one, in the API and on the pages;
 * administrators set the limit per role and it holds from the next request. Runs on H2 and PostgreSQL.
 */
public abstract class OwnerLimitContract extends ApiContract {

	@AfterEach
	void liftEveryLimit() {
		for (Role role : Role.values()) {
			api.send(HttpMethod.PUT, "/api/v1/owner-limits/" + role.name(), personas.token(Role.ADMIN),
					"{\"ownedRecordsOnly\":false}");
		}
	}

	@Test
	void aLimitedRoleWorksOnItsOwnContactsOnlyUntilTheLimitIsLifted() throws Exception {
		String admin = personas.token(Role.ADMIN);
		String sales = personas.token(Role.SALES);
		String marker = "Limit" + UUID.randomUUID().toString().substring(0, 8);
		String own = created(sales, "{\"firstName\":\"Own\",\"lastName\":\"" + marker + "\"}");
		String others = created(admin, "{\"firstName\":\"Other\",\"lastName\":\"" + marker + "\"}");

		assertThat(listed(sales, marker)).containsExactlyInAnyOrder(own, others);

		Response limited = api.send(HttpMethod.PUT, "/api/v1/owner-limits/sales", admin,
				"{\"ownedRecordsOnly\":true}");
		assertThat(limited.status()).isEqualTo(200);
		assertThat(limited.json().get("ownedRecordsOnly").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_events where resource_type = 'owner-limit' "
				+ "and resource_id = 'SALES'").query(Long.class).single()).isGreaterThanOrEqualTo(1);

		assertThat(listed(sales, marker)).containsExactly(own);
		Response counted = api.get("/api/v1/contacts?q=" + marker, sales);
		assertThat(counted.json().get("total").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/contacts/" + others, sales).status()).isEqualTo(404);
		Response patched = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + others, sales,
				"{\"jobTitle\":\"Analyst\"}", "If-Match", "\"0\"");
		assertThat(patched.status()).isEqualTo(404);
		Response givenAway = api.post("/api/v1/contacts", sales, "{\"firstName\":\"Given\",\"ownerId\":\""
				+ personas.user(Role.ADMIN).id().value() + "\"}");
		assertThat(givenAway.status()).isEqualTo(400);
		assertThat(givenAway.body()).contains("ownerId");
		assertThat(api.get("/api/v1/contacts/" + own, sales).status()).isEqualTo(200);
		mvc.perform(get("/contacts/" + others).with(authentication(personas.session(Role.SALES))))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(404));

		assertThat(listed(personas.token(Role.MARKETING), marker)).containsExactlyInAnyOrder(own, others);
		assertThat(listed(admin, marker)).containsExactlyInAnyOrder(own, others);

		api.send(HttpMethod.PUT, "/api/v1/owner-limits/SALES", admin, "{\"ownedRecordsOnly\":false}");
		assertThat(listed(sales, marker)).containsExactlyInAnyOrder(own, others);
		assertThat(api.get("/api/v1/contacts/" + others, sales).status()).isEqualTo(200);
	}

	@Test
	void aLimitedRoleWorksOnItsOwnDealsAndTasksAndOnTicketsAssignedToItOrToNoOne() {
		String admin = personas.token(Role.ADMIN);
		String adminId = personas.user(Role.ADMIN).id().value().toString();
		String salesId = personas.user(Role.SALES).id().value().toString();
		String supportId = personas.user(Role.SUPPORT).id().value().toString();
		String marker = "Limit" + UUID.randomUUID().toString().substring(0, 8);
		String ownDeal = deal(personas.token(Role.SALES), marker + " own", null);
		String otherDeal = deal(admin, marker + " other", adminId);
		String ownTask = task(admin, marker + " own", salesId);
		String otherTask = task(admin, marker + " other", adminId);
		String requester = created(admin, "{\"lastName\":\"" + marker + "\"}");
		String ownTicket = ticket(admin, marker + " own", requester, supportId);
		String unassigned = ticket(admin, marker + " unassigned", requester, null);
		String otherTicket = ticket(admin, marker + " other", requester, adminId);
		for (String role : List.of("SALES", "SUPPORT")) {
			api.send(HttpMethod.PUT, "/api/v1/owner-limits/" + role, admin, "{\"ownedRecordsOnly\":true}");
		}

		String sales = personas.token(Role.SALES);
		assertThat(ids(api.get("/api/v1/deals?limit=100", sales))).contains(ownDeal).doesNotContain(otherDeal);
		assertThat(api.get("/api/v1/deals/" + otherDeal, sales).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/deals/" + ownDeal, sales).status()).isEqualTo(200);
		Response givenAway = api.post("/api/v1/deals", sales, dealJson(marker + " given", adminId));
		assertThat(givenAway.status()).isEqualTo(400);
		assertThat(givenAway.body()).contains("ownerId");
		assertThat(ids(api.get("/api/v1/tasks?limit=100", sales))).contains(ownTask).doesNotContain(otherTask);
		assertThat(api.get("/api/v1/tasks/" + otherTask, sales).status()).isEqualTo(404);

		String support = personas.token(Role.SUPPORT);
		assertThat(ids(api.get("/api/v1/tickets?limit=100&requesterId=" + requester, support)))
			.containsExactlyInAnyOrder(ownTicket, unassigned);
		assertThat(api.get("/api/v1/tickets/" + otherTicket, support).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/tickets/" + unassigned, support).status()).isEqualTo(200);

		assertThat(ids(api.get("/api/v1/deals?limit=100", personas.token(Role.MARKETING)))).contains(ownDeal,
				otherDeal);
		api.send(HttpMethod.PUT, "/api/v1/owner-limits/SALES", admin, "{\"ownedRecordsOnly\":false}");
		assertThat(api.get("/api/v1/deals/" + otherDeal, sales).status()).isEqualTo(200);
	}

	@Test
	void administratorsAndTheDpoAreNeverLimitedAndBadInputChangesNothing() {
		String admin = personas.token(Role.ADMIN);
		Response refused = api.send(HttpMethod.PUT, "/api/v1/owner-limits/DPO", admin, "{\"ownedRecordsOnly\":true}");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("ownedRecordsOnly");
		assertThat(api.send(HttpMethod.PUT, "/api/v1/owner-limits/SALES", admin, "{}").status()).isEqualTo(400);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/owner-limits/SALES", admin, "{\"ownedRecordsOnly\":\"yes\"}")
			.status()).isEqualTo(400);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/owner-limits/KING", admin, "{\"ownedRecordsOnly\":true}")
			.status()).isEqualTo(404);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/owner-limits/SALES", personas.token(Role.SALES),
				"{\"ownedRecordsOnly\":false}").status()).isEqualTo(403);

		Response listed = api.get("/api/v1/owner-limits", admin);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(Role.values().length);
		for (JsonNode limit : listed.json()) {
			assertThat(limit.get("ownedRecordsOnly").asBoolean()).as(limit.get("role").asString()).isFalse();
			String role = limit.get("role").asString();
			assertThat(limit.get("limitable").asBoolean()).isEqualTo(!role.equals("ADMIN") && !role.equals("DPO"));
		}
	}

	@Test
	void theManagerRoleIsChosenWhereverARoleIs() throws Exception {
		String admin = personas.token(Role.ADMIN);
		String name = "lead" + UUID.randomUUID().toString().substring(0, 6);
		Response created = api.post("/api/v1/users", admin,
				"{\"username\":\"" + name + "\",\"role\":\"MANAGER\",\"password\":\"the-right-password\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.text("role")).isEqualTo("MANAGER");
		String form = mvc.perform(get("/users/new").with(authentication(personas.session(Role.ADMIN)))).andReturn()
			.getResponse().getContentAsString();
		assertThat(form).contains("<option value=\"MANAGER\">Manager</option>");
		String limits = mvc.perform(get("/admin/owner-limits").with(authentication(personas.session(Role.ADMIN))))
			.andReturn().getResponse().getContentAsString();
		assertThat(limits).contains("id=\"limited-MANAGER\"", "<label for=\"limited-MANAGER\">Manager</label>");
		Response limited = api.send(HttpMethod.PUT, "/api/v1/owner-limits/MANAGER", admin,
				"{\"ownedRecordsOnly\":true}");
		assertThat(limited.status()).as(limited.body()).isEqualTo(200);
		assertThat(limited.json().get("ownedRecordsOnly").asBoolean()).isTrue();
	}

	private String deal(String token, String name, @Nullable String ownerId) {
		Response created = api.post("/api/v1/deals", token, dealJson(name, ownerId));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	private String dealJson(String name, @Nullable String ownerId) {
		JsonNode pipeline = api.get("/api/v1/pipelines", personas.token(Role.ADMIN)).json().get("items").get(0);
		return "{\"name\":\"" + name + "\",\"amount\":\"100.00\",\"currency\":\"EUR\","
				+ "\"expectedCloseDate\":\"2030-01-31\",\"pipelineId\":\"" + pipeline.get("id").asString()
				+ "\",\"stageId\":\"" + pipeline.get("stages").get(0).get("id").asString() + "\""
				+ (ownerId == null ? "" : ",\"ownerId\":\"" + ownerId + "\"") + "}";
	}

	private String task(String token, String title, String assigneeId) {
		Response created = api.post("/api/v1/tasks", token, "{\"title\":\"" + title + "\",\"dueAt\":"
				+ "\"2030-01-01T09:00:00Z\",\"assigneeId\":\"" + assigneeId + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	private String ticket(String token, String subject, String requester, @Nullable String assigneeId) {
		Response created = api.post("/api/v1/tickets", token, "{\"subject\":\"" + subject + "\",\"description\":"
				+ "\"Details\",\"channel\":\"email\",\"requesterId\":\"" + requester + "\""
				+ (assigneeId == null ? "" : ",\"assigneeId\":\"" + assigneeId + "\"") + "}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	private static List<String> ids(Response listed) {
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		listed.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	private String created(String token, String json) {
		Response created = api.post("/api/v1/contacts", token, json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	private List<String> listed(String token, String marker) {
		Response listed = api.get("/api/v1/contacts?limit=100&q=" + marker, token);
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		listed.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}
}
