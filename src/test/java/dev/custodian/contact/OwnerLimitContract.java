package dev.custodian.contact;

import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A role limited to its own records sees, counts, searches and changes only the contacts its users own, in the API
 * and on the pages; administrators set the limit per role and it holds from the next request. Runs on H2 and
 * PostgreSQL.
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

	private String created(String token, String json) {
		Response created = api.post("/api/v1/contacts", token, json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	private java.util.List<String> listed(String token, String marker) {
		Response listed = api.get("/api/v1/contacts?limit=100&q=" + marker, token);
		assertThat(listed.status()).as(listed.body()).isEqualTo(200);
		java.util.List<String> ids = new java.util.ArrayList<>();
		listed.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}
}
