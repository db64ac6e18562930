package dev.custodian.identity;

import java.util.Set;

import dev.custodian.catalog.DataCategory;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Administrators grant special categories per role, in the API and on a page; the grants decide what the signed-in
 * user may see. Runs on H2 and PostgreSQL.
 */
public abstract class SpecialCategoryGrantsContract extends ApiContract {

	@Autowired
	SpecialCategoryGrants grants;

	@AfterEach
	void withdrawEveryGrant() {
		for (Role role : Role.values()) {
			api.send(HttpMethod.PUT, "/api/v1/special-category-grants/" + role.name(), personas.token(Role.ADMIN),
					"{\"categories\":[]}");
		}
	}

	@Test
	void nothingIsGrantedUntilAnAdministratorGrantsItAndAGrantTakesEffectAtOnce() {
		Response listed = api.get("/api/v1/special-category-grants", personas.token(Role.ADMIN));
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json().size()).isEqualTo(Role.values().length);
		for (JsonNode grant : listed.json()) {
			assertThat(grant.get("categories").isEmpty()).as(grant.get("role").asString()).isTrue();
		}
		assertThat(permittedTo(Role.DPO)).isEmpty();

		Response granted = api.send(HttpMethod.PUT, "/api/v1/special-category-grants/dpo", personas.token(Role.ADMIN),
				"{\"categories\":[\"special.health\",\"criminal.offences\"]}");
		assertThat(granted.status()).isEqualTo(200);
		assertThat(granted.text("role")).isEqualTo("DPO");
		assertThat(granted.json().get("categories").toString()).isEqualTo("[\"special.health\",\"criminal.offences\"]");
		assertThat(permittedTo(Role.DPO)).containsExactlyInAnyOrder(DataCategory.SPECIAL_HEALTH,
				DataCategory.CRIMINAL_OFFENCES);
		assertThat(permittedTo(Role.SALES)).isEmpty();

		api.send(HttpMethod.PUT, "/api/v1/special-category-grants/DPO", personas.token(Role.ADMIN),
				"{\"categories\":[\"special.health\"]}");
		assertThat(permittedTo(Role.DPO)).containsExactly(DataCategory.SPECIAL_HEALTH);
		assertThat(jdbc.sql("select count(*) from audit_events where resource_type = 'special-category-grant' "
				+ "and resource_id = 'DPO'").query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void badInputIsNamedAndChangesNothing() {
		String admin = personas.token(Role.ADMIN);
		Response notSpecial = api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin,
				"{\"categories\":[\"special.health\",\"contact.email\"]}");
		assertThat(notSpecial.status()).isEqualTo(400);
		assertThat(notSpecial.body()).contains("categories").contains("special.health, special.religion");
		Response missing = api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin, "{}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.body()).contains("categories");
		Response unknownField = api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin,
				"{\"categories\":[],\"role\":\"ADMIN\"}");
		assertThat(unknownField.status()).isEqualTo(400);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/special-category-grants/KING", admin, "{\"categories\":[]}").status()).isEqualTo(404);
		assertThat(permittedTo(Role.SALES)).isEmpty();
	}

	@Test
	void onlyAdministratorsManageGrants() {
		assertThat(api.get("/api/v1/special-category-grants", null).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/special-category-grants", personas.token(Role.DPO)).status()).isEqualTo(403);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/special-category-grants/DPO", personas.token(Role.DPO),
				"{\"categories\":[\"special.health\"]}").status()).isEqualTo(403);
		assertThat(permittedTo(Role.DPO)).isEmpty();
	}

	@Test
	void thePageShowsAndSavesEveryRolesGrants() throws Exception {
		var admin = personas.session(Role.ADMIN);
		String page = mvc.perform(get("/admin/special-categories").with(authentication(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Special-category access").contains("name=\"SUPPORT\"").contains("Trade-union membership");
		int status = mvc.perform(post("/admin/special-categories").with(authentication(admin)).with(csrf())
			.param("SUPPORT", "special.health")
			.param("SUPPORT", "special.religion")
			.param("READ_ONLY", "not-a-category")).andReturn().getResponse().getStatus();
		assertThat(status).isEqualTo(302);
		assertThat(permittedTo(Role.SUPPORT)).containsExactlyInAnyOrder(DataCategory.SPECIAL_HEALTH,
				DataCategory.SPECIAL_RELIGION);
		assertThat(permittedTo(Role.READ_ONLY)).isEmpty();
		String saved = mvc.perform(get("/admin/special-categories").with(authentication(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(saved).containsPattern("name=\"SUPPORT\" value=\"special.health\"[^>]*checked");
		assertThat(mvc.perform(get("/admin/special-categories").with(authentication(personas.session(Role.DPO))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	private Set<DataCategory> permittedTo(Role role) {
		SecurityContextHolder.getContext().setAuthentication(personas.session(role));
		try {
			return grants.permitted();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
