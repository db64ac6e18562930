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
 * The user list filters by role, sorts by its columns, says how many users it shows, and keeps saved views.
 * Runs on H2 and PostgreSQL.
 */
public abstract class UserListContract extends ApiContract {

	@Test
	void filtersByRoleCountsSortsAndKeepsViews() throws Exception {
		String sales = personas.user(Role.SALES).username();
		String dpo = personas.user(Role.DPO).username();
		String onlySales = page("/users?role=SALES");
		assertThat(onlySales).contains(">" + sales + "<", "1 user").doesNotContain(">" + dpo + "<");

		String byRole = page("/users?sort=role");
		assertThat(byRole.indexOf(">admin<")).isLessThan(byRole.indexOf(">" + dpo + "<"));
		assertThat(byRole.indexOf(">" + dpo + "<")).isLessThan(byRole.indexOf(">" + sales + "<"));

		MockHttpServletResponse saved = mvc.perform(post("/views").with(authentication(personas.session(Role.ADMIN)))
			.with(csrf()).param("list", "users").param("name", "Data protection").param("sort", "name")
			.param("filter.role", "DPO")).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).startsWith("/users?view=");
		String viewed = page(saved.getRedirectedUrl());
		assertThat(viewed).contains(">" + dpo + "<", "Data protection", "1 user").doesNotContain(">" + sales + "<");
	}

	private String page(String uri) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(uri).with(authentication(personas.session(Role.ADMIN))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}
}
