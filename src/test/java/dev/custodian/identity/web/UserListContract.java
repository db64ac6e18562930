package dev.custodian.identity.web;

import java.nio.charset.StandardCharsets;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The user list filters by role, sorts by its columns (names too, though they are stored sealed), shows every user
 * and says how many, and keeps saved views. Runs on H2 and PostgreSQL.
 */
public abstract class UserListContract extends ApiContract {

	@Test
	void filtersByRoleCountsSortsAndKeepsViews() throws Exception {
		String sales = personas.user(Role.SALES).username();
		String dpo = personas.user(Role.DPO).username();
		String onlySales = page("/users?role=SALES");
		assertThat(onlySales).contains(">" + sales + "<", counted("SALES")).doesNotContain(">" + dpo + "<");

		String byRole = page("/users?sort=role");
		assertThat(byRole.indexOf(">admin<")).isLessThan(byRole.indexOf(">" + dpo + "<"));
		assertThat(byRole.indexOf(">" + dpo + "<")).isLessThan(byRole.indexOf(">" + sales + "<"));

		MockHttpServletResponse saved = mvc.perform(post("/views").with(authentication(personas.session(Role.ADMIN)))
			.with(csrf()).param("list", "users").param("name", "Data protection").param("sort", "name")
			.param("filter.role", "DPO")).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).startsWith("/users?view=");
		String viewed = page(saved.getRedirectedUrl());
		assertThat(viewed).contains(">" + dpo + "<", "Data protection", counted("DPO")).doesNotContain(">" + sales + "<");
	}

	@Test
	void showsEveryUserOnOnePageSortedByTheirOpenedNames() throws Exception {
		String admin = personas.token(Role.ADMIN);
		String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/users", admin, "{\"username\":\"zz-" + tag + "\",\"displayName\":\"Aaron " + tag + "\","
				+ "\"role\":\"SALES\",\"password\":\"a-long-test-password\"}");
		api.post("/api/v1/users", admin, "{\"username\":\"aa-" + tag + "\",\"displayName\":\"Zora " + tag + "\","
				+ "\"role\":\"SALES\",\"password\":\"a-long-test-password\"}");
		String all = page("/users");
		var listed = api.get("/api/v1/users", admin).json();
		assertThat(all).contains(">" + listed.size() + " users<");
		listed.forEach(user -> assertThat(all).contains(">" + user.get("username").asString() + "<"));

		String byName = page("/users?sort=name");
		assertThat(byName.indexOf(">Aaron " + tag + "<")).isPositive().isLessThan(byName.indexOf(">Zora " + tag + "<"));
		String byUsername = page("/users?sort=username");
		assertThat(byUsername.indexOf(">aa-" + tag + "<")).isPositive().isLessThan(byUsername.indexOf(">zz-" + tag + "<"));
	}

	@Test
	void disablingSelectedUsersAsksFirstAndIsAllOrNothing() throws Exception {
		String admin = personas.token(Role.ADMIN);
		String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
		String first = api.post("/api/v1/users", admin, "{\"username\":\"bulk-a-" + tag + "\",\"displayName\":\"Bulk A\","
				+ "\"role\":\"SALES\",\"password\":\"a-long-test-password\"}").text("id");
		String second = api.post("/api/v1/users", admin, "{\"username\":\"bulk-b-" + tag + "\",\"displayName\":\"Bulk B\","
				+ "\"role\":\"SUPPORT\",\"password\":\"a-long-test-password\"}").text("id");

		MockHttpServletResponse ask = bulk("disable", false, first, second);
		assertThat(ask.getStatus()).isEqualTo(200);
		assertThat(ask.getContentAsString(StandardCharsets.UTF_8)).contains("Disable 2 users?");
		assertThat(enabled(first)).isTrue();

		String adminId = personas.user(Role.ADMIN).id().toString();
		MockHttpServletResponse refused = bulk("disable", true, first, adminId);
		assertThat(refused.getRedirectedUrl()).isEqualTo("/users");
		assertThat(enabled(first)).as("nothing changes when one of them cannot be disabled").isTrue();
		assertThat(enabled(adminId)).isTrue();

		assertThat(bulk("disable", true, first, second).getRedirectedUrl()).isEqualTo("/users");
		assertThat(enabled(first)).isFalse();
		assertThat(enabled(second)).isFalse();
		assertThat(jdbc.sql("select count(*) from audit_events where resource_type = 'user' and action = 'UPDATE' "
				+ "and resource_id in (?, ?)").params(first, second).query(Long.class).single()).isEqualTo(2);

		bulk("enable", false, first, second);
		assertThat(enabled(first)).isTrue();
		assertThat(enabled(second)).isTrue();
	}

	/** "3 users": how many users of the role the API lists, as the page should count them. */
	private String counted(String role) {
		long count = 0;
		for (var user : api.get("/api/v1/users", personas.token(Role.ADMIN)).json()) {
			if (user.get("role").asString().equals(role)) {
				count++;
			}
		}
		return count + (count == 1 ? " user<" : " users<");
	}

	private MockHttpServletResponse bulk(String action, boolean confirmed, String... ids) throws Exception {
		var request = post("/users/bulk").with(authentication(personas.session(Role.ADMIN))).with(csrf())
			.param("action", action).param("confirmed", Boolean.toString(confirmed));
		for (String id : ids) {
			request.param("ids", id);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private boolean enabled(String userId) {
		return api.get("/api/v1/users/" + userId, personas.token(Role.ADMIN)).json().get("enabled").asBoolean();
	}

	private String page(String uri) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(uri).with(authentication(personas.session(Role.ADMIN))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
