package dev.custodian.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * API tokens as their owners meet them: each has a name, scopes come in one order, revoking asks first. Runs on
 * H2 and PostgreSQL.
 */
public abstract class ApiTokenContract extends ApiContract {

	@org.springframework.beans.factory.annotation.Autowired
	ApiTokens tokens;

	private static final List<String> SALES_IN_ORDER = List.of(Permission.CONTACT_READ, Permission.CONTACT_WRITE,
			Permission.CONTACT_EXPORT, Permission.COMPANY_READ, Permission.COMPANY_WRITE, Permission.COMPANY_DELETE,
			Permission.COMPANY_EXPORT, Permission.DEAL_READ, Permission.DEAL_WRITE, Permission.DEAL_DELETE,
			Permission.DEAL_EXPORT, Permission.ACTIVITY_READ, Permission.ACTIVITY_WRITE,
			Permission.TASK_READ, Permission.TASK_WRITE, Permission.TICKET_READ, Permission.TOKEN_MANAGE);

	@Test
	void aTokenNeedsANameAndWithoutOneNothingIsCreated() {
		String sales = personas.token(Role.SALES);
		long before = tokens();
		for (String body : new String[] { "{}", "{\"name\":\"   \",\"expiresInDays\":7}", null }) {
			Response refused = api.post("/api/v1/tokens", sales, body);
			assertThat(refused.status()).as(String.valueOf(body)).isEqualTo(400);
			assertThat(refused.contentType()).startsWith("application/problem+json");
			assertThat(fields(refused)).as(String.valueOf(body)).containsExactly("name");
		}
		assertThat(tokens()).isEqualTo(before);
		assertThat(api.post("/api/v1/tokens", sales, "{\"name\":\"laptop\"}").status()).isEqualTo(201);
	}

	@Test
	void scopesAreListedInTheOrderOfThePermissionsHoweverTheyWereSent() {
		String name = "order-" + UUID.randomUUID();
		String sales = personas.token(Role.SALES);
		api.post("/api/v1/tokens", sales, "{\"name\":\"" + name + "\",\"scopes\":[\"token:manage\",\"company:delete\","
				+ "\"contact:write\",\"company:read\",\"contact:read\"]}");
		api.post("/api/v1/tokens", sales, "{\"name\":\"" + name + "-all\"}");
		List<String> narrowed = null;
		List<String> all = null;
		for (JsonNode token : api.get("/api/v1/tokens", sales).json()) {
			List<String> scopes = new ArrayList<>();
			token.get("scopes").forEach(scope -> scopes.add(scope.asString()));
			if (token.get("name").asString().equals(name)) {
				narrowed = scopes;
			}
			else if (token.get("name").asString().equals(name + "-all")) {
				all = scopes;
			}
		}
		assertThat(narrowed).containsExactly(Permission.CONTACT_READ, Permission.CONTACT_WRITE, Permission.COMPANY_READ,
				Permission.COMPANY_DELETE, Permission.TOKEN_MANAGE);
		assertThat(all).isEqualTo(SALES_IN_ORDER);
	}

	@Test
	void theTokenPageOffersScopesInOrderAndAsksBeforeRevoking() throws Exception {
		String page = mvc.perform(get("/account/tokens").with(authentication(personas.session(Role.SALES))))
			.andReturn().getResponse().getContentAsString();
		List<String> offered = new ArrayList<>();
		Matcher checkbox = Pattern.compile("name=\"scopes\" value=\"([a-z:]+)\"").matcher(page);
		while (checkbox.find()) {
			offered.add(checkbox.group(1));
		}
		assertThat(offered).isEqualTo(SALES_IN_ORDER);
		// the personas' own token is listed, and its revoke form asks for confirmation (see custodian.js)
		assertThat(page).contains("data-confirm=\"Revoke the token tests?");
		assertThat(page).doesNotContain("onclick=");
	}

	@Test
	void theTokenPageMarksAMissingNameAndCreatesNothing() throws Exception {
		long before = tokens();
		MockHttpServletResponse answer = mvc.perform(post("/account/tokens").with(csrf())
			.with(authentication(personas.session(Role.SUPPORT))).param("name", " ").param("expiresInDays", "30")
			.param("scopes", Permission.CONTACT_READ)).andReturn().getResponse();
		assertThat(answer.getStatus()).isEqualTo(200);
		assertThat(answer.getContentAsString()).contains("id=\"name-error\"", "is required", "aria-invalid=\"true\"")
			.contains("value=\"30\"")
			.containsPattern("value=\"contact:read\"\\s+checked")
			.doesNotContain("Copy this token now");
		assertThat(tokens()).isEqualTo(before);
	}

	private long tokens() {
		return jdbc.sql("select count(*) from api_tokens").query(Long.class).single();
	}

	private static List<String> fields(Response problem) {
		List<String> fields = new ArrayList<>();
		JsonNode errors = problem.json().get("errors");
		if (errors != null) {
			errors.forEach(e -> fields.add(e.get("field").asString()));
		}
		return fields;
	}

	@Test
	void theTokenListCountsSortsKeepsViewsAndRevokesSeveralAtOnce() throws Exception {
		var support = personas.user(Role.SUPPORT);
		var session = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.authentication(personas.session(Role.SUPPORT));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
		List<String> ids = new java.util.ArrayList<>();
		for (String name : List.of("zeta-" + tag, "alpha-" + tag)) {
			ids.add(tokens.issue(personas.principal(support), new TokenRequest(name, 30, null)).id().toString());
		}
		String byName = page("/account/tokens?sort=name", session);
		assertThat(byName.indexOf("alpha-" + tag)).isLessThan(byName.indexOf("zeta-" + tag));
		String newest = page("/account/tokens", session);
		assertThat(newest.indexOf("alpha-" + tag)).isLessThan(newest.indexOf("zeta-" + tag));
		assertThat(newest).containsPattern("\\d+ tokens?<");

		var ask = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/account/tokens/bulk").with(session).with(csrf).param("ids", ids.get(0)).param("ids", ids.get(1)))
			.andReturn().getResponse();
		assertThat(ask.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Revoke 2 tokens?");
		var done = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/account/tokens/bulk").with(session).with(csrf).param("ids", ids.get(0)).param("ids", ids.get(1))
			.param("confirmed", "true")).andReturn().getResponse();
		assertThat(done.getRedirectedUrl()).isEqualTo("/account/tokens");
		assertThat(jdbc.sql("select count(*) from api_tokens where id in (?, ?) and revoked_at is not null")
			.params(java.util.UUID.fromString(ids.get(0)), java.util.UUID.fromString(ids.get(1)))
			.query(Long.class).single()).isEqualTo(2);
		String active = page("/account/tokens?state=active", session);
		assertThat(active).doesNotContain("alpha-" + tag, "zeta-" + tag);
		String ended = page("/account/tokens?state=ended", session);
		assertThat(ended).contains("alpha-" + tag, "zeta-" + tag);

		var saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/views")
			.with(session).with(csrf).param("list", "account/tokens").param("name", "Ended " + tag)
			.param("sort", "name").param("filter.state", "ended")).andReturn().getResponse();
		assertThat(saved.getRedirectedUrl()).startsWith("/account/tokens?view=");
		assertThat(page(saved.getRedirectedUrl(), session)).contains("alpha-" + tag, "Ended " + tag);
	}

	private String page(String uri,
			org.springframework.test.web.servlet.request.RequestPostProcessor session) throws Exception {
		var response = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(uri)
			.with(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}
}
