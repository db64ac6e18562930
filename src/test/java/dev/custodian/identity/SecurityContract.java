package dev.custodian.identity;

import java.util.List;
import java.util.UUID;

import dev.custodian.support.Api;
import dev.custodian.support.ApiContract;
import dev.custodian.support.Api.Response;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import jakarta.servlet.http.Cookie;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who may do what, how clients prove who they are, and how sign-in resists guessing. Runs on H2 and PostgreSQL.
 */
public abstract class SecurityContract extends ApiContract {

	@Test
	void unauthenticatedAndBadTokensGet401ProblemsWithoutASession() {
		Response anonymous = api.get("/api/v1/contacts", null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.contentType()).startsWith("application/problem+json");
		assertThat(anonymous.header("Set-Cookie")).isNull();
		assertThat(api.get("/api/v1/contacts", "cst_not-a-real-token").status()).isEqualTo(401);
		assertThat(api.get("/api/v1/contacts", Api.basic("admin", "wrong-password")).status()).isEqualTo(401);
	}

	@Test
	void tokensAreIssuedOnceListedWithoutSecretAndRevocable() {
		String name = "tok" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/users", personas.token(Role.ADMIN),
				"{\"username\":\"" + name + "\",\"role\":\"SALES\",\"password\":\"the-right-password\"}");
		Response issued = api.post("/api/v1/tokens", Api.basic(name, "the-right-password"),
				"{\"name\":\"ci\",\"expiresInDays\":7}");
		assertThat(issued.status()).isEqualTo(201);
		String token = issued.text("token");
		String id = issued.text("id");
		assertThat(issued.json().has("expiresAt")).isTrue();
		assertThat(api.get("/api/v1/contacts", token).status()).isEqualTo(200);

		Response listed = api.get("/api/v1/tokens", token);
		assertThat(listed.body()).contains(id).doesNotContain(token);

		assertThat(api.delete("/api/v1/tokens/" + id, token).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/contacts", token).status()).isEqualTo(401);
		assertThat(api.post("/api/v1/tokens", personas.token(Role.SALES), "{\"expiresInDays\":0,\"scopes\":[\"user:admin\"]}")
			.body()).contains("\"expiresInDays\"", "\"scopes\"");
	}

	@Test
	void rolesAreEnforcedOnTheApi() {
		String readOnly = personas.token(Role.READ_ONLY);
		String sales = personas.token(Role.SALES);
		assertThat(api.get("/api/v1/contacts", readOnly).status()).isEqualTo(200);
		Response denied = api.post("/api/v1/contacts", readOnly, "{\"lastName\":\"Nope\"}");
		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.contentType()).startsWith("application/problem+json");
		String id = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Kept\"}").text("id");
		assertThat(api.delete("/api/v1/contacts/" + id, sales).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/contacts/" + id, sales).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/audit/events", sales).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit/events", personas.token(Role.DPO)).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/users", personas.token(Role.DPO)).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/users", personas.token(Role.ADMIN)).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/companies", personas.token(Role.SUPPORT), "{\"name\":\"X\"}").status()).isEqualTo(403);
		assertThat(api.get("/actuator/metrics", personas.token(Role.DPO)).status()).isEqualTo(403);
		assertThat(api.get("/actuator/metrics", personas.token(Role.ADMIN)).status()).isEqualTo(200);
		assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
	}

	@Test
	void aScopedTokenCanDoNoMoreThanItsScopesNorMintABroaderOne() {
		String reader = personas.scopedToken(Role.ADMIN, List.of(Permission.CONTACT_READ, Permission.TOKEN_MANAGE));
		assertThat(api.get("/api/v1/contacts", reader).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/contacts", reader, "{\"lastName\":\"Nope\"}").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/users", reader).status()).isEqualTo(403);

		Response minted = api.post("/api/v1/tokens", reader, "{\"name\":\"minted\"}");
		assertThat(minted.status()).isEqualTo(201);
		assertThat(api.post("/api/v1/contacts", minted.text("token"), "{\"lastName\":\"Nope\"}").status())
			.isEqualTo(403);
		assertThat(api.post("/api/v1/tokens", reader, "{\"scopes\":[\"user:admin\"]}").status()).isEqualTo(400);
	}

	@Test
	void aTokenWithoutTheTokenScopeCannotManageTokens() {
		String reader = personas.scopedToken(Role.SALES, List.of(Permission.CONTACT_READ));
		assertThat(api.get("/api/v1/contacts", reader).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/tokens", reader).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/tokens", reader, "{}").status()).isEqualTo(403);
		String full = personas.token(Role.SALES);
		String fullId = api.get("/api/v1/tokens", full).json().get(0).get("id").asString();
		assertThat(api.delete("/api/v1/tokens/" + fullId, reader).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/contacts", full).status()).isEqualTo(200);
	}

	@Test
	void aTokenCanNeitherSeeNorRevokeATokenBroaderThanItself() {
		String manager = personas.scopedToken(Role.SUPPORT, List.of(Permission.CONTACT_READ, Permission.TOKEN_MANAGE));
		String full = personas.token(Role.SUPPORT);
		Response seen = api.get("/api/v1/tokens", manager);
		assertThat(seen.status()).isEqualTo(200);
		for (var token : seen.json()) {
			assertThat(token.get("scopes").toString()).doesNotContain(Permission.CONTACT_WRITE);
		}
		String fullId = null;
		for (var token : api.get("/api/v1/tokens", full).json()) {
			if (token.get("scopes").toString().contains(Permission.CONTACT_WRITE)) {
				fullId = token.get("id").asString();
			}
		}
		assertThat(fullId).isNotNull();
		assertThat(seen.body()).doesNotContain(fullId);
		assertThat(api.delete("/api/v1/tokens/" + fullId, manager).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/contacts", full).status()).isEqualTo(200);
		String narrower = api.post("/api/v1/tokens", manager, "{\"name\":\"narrow\",\"scopes\":[\"contact:read\"]}")
			.text("id");
		assertThat(api.delete("/api/v1/tokens/" + narrower, manager).status()).isEqualTo(204);
	}

	@Test
	void refusedAttemptsAreAudited() {
		String readOnly = personas.token(Role.READ_ONLY);
		assertThat(api.post("/api/v1/contacts", readOnly, "{\"lastName\":\"Nope\"}").status()).isEqualTo(403);
		String actor = personas.user(Role.READ_ONLY).id().toString();
		Response trail = api.get("/api/v1/audit/events?actor=" + actor, personas.token(Role.DPO));
		assertThat(trail.json().get("items").get(0).get("outcome").asString()).isEqualTo("DENIED");
		assertThat(trail.json().get("items").get(0).get("action").asString()).isEqualTo("CREATE");
		assertThat(trail.json().get("items").get(0).get("resourceType").asString()).isEqualTo("contact");
	}

	@Test
	void administratorsManageUsersAndTheLastAdminStays() {
		String admin = personas.token(Role.ADMIN);
		String name = "u" + UUID.randomUUID().toString().substring(0, 8);
		Response created = api.post("/api/v1/users", admin,
				"{\"username\":\"" + name + "\",\"displayName\":\"New Hire\",\"role\":\"SUPPORT\",\"password\":\"twelve-chars-long\"}");
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.body()).doesNotContain("twelve-chars-long").doesNotContain("passwordHash");
		Response bad = api.post("/api/v1/users", admin, "{\"username\":\"!\",\"role\":\"KING\",\"password\":\"short\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"username\"", "\"role\"", "\"password\"");
		assertThat(api.post("/api/v1/users", admin,
				"{\"username\":\"" + name + "\",\"role\":\"SALES\",\"password\":\"twelve-chars-long\"}").status())
			.isEqualTo(409);
		Response disabled = api.send(HttpMethod.PATCH, "/api/v1/users/" + created.text("id"), admin,
				"{\"enabled\":false}", "If-Match", "\"0\"");
		assertThat(disabled.status()).isEqualTo(200);
		assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
		String adminId = personas.user(Role.ADMIN).id().toString();
		Response demote = api.send(HttpMethod.PATCH, "/api/v1/users/" + adminId, admin, "{\"role\":\"SALES\"}",
				"If-Match", api.get("/api/v1/users/" + adminId, admin).header("ETag"));
		assertThat(demote.status()).isEqualTo(409);
	}

	@Test
	void repeatedFailuresLockTheAccountWithoutSayingSo() throws Exception {
		String name = "lock" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/users", personas.token(Role.ADMIN),
				"{\"username\":\"" + name + "\",\"role\":\"SALES\",\"password\":\"the-right-password\"}");
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(name, "wrong-password-" + i).getRedirectedUrl()).isEqualTo("/login?error");
		}
		assertThat(signIn(name, "the-right-password").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(signIn("nobody-" + name, "whatever-password").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(api.get("/api/v1/contacts", Api.basic(name, "the-right-password")).status()).isEqualTo(401);
		// another account is not affected; the administrator's role sends it on to set up a second factor
		assertThat(signIn("admin", Personas.ADMIN_PASSWORD).getRedirectedUrl()).isEqualTo("/login/enrol");
	}

	@Test
	void sessionsLiveInTheDatabaseAndFollowChangesToTheUserAtOnce() throws Exception {
		String name = "sess" + UUID.randomUUID().toString().substring(0, 6);
		String admin = personas.token(Role.ADMIN);
		String id = api.post("/api/v1/users", admin,
				"{\"username\":\"" + name + "\",\"role\":\"SALES\",\"password\":\"the-right-password\"}").text("id");
		MockHttpServletResponse loginResponse = signIn(name, "the-right-password");
		Cookie session = loginResponse.getCookie("CUSTODIAN_SESSION");
		assertThat(session).isNotNull();
		assertThat(session.isHttpOnly()).isTrue();
		assertThat(jdbc.sql("select count(*) from spring_session").query(Long.class).single()).isPositive();
		assertThat(mvc.perform(get("/contacts/new").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		api.send(HttpMethod.PATCH, "/api/v1/users/" + id, admin, "{\"role\":\"READ_ONLY\"}", "If-Match", "\"0\"");
		assertThat(mvc.perform(get("/contacts/new").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/contacts").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		api.send(HttpMethod.PATCH, "/api/v1/users/" + id, admin, "{\"enabled\":false}", "If-Match", "\"1\"");
		assertThat(mvc.perform(get("/contacts").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
	}

	@Test
	void usersChangeTheirOwnPasswordByProvingTheCurrentOne() throws Exception {
		String name = "pw" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/users", personas.token(Role.ADMIN),
				"{\"username\":\"" + name + "\",\"role\":\"SUPPORT\",\"password\":\"first-password-1\"}");
		Cookie session = signIn(name, "first-password-1").getCookie("CUSTODIAN_SESSION");
		String refused = mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "not-my-password").param("newPassword", "second-password-2"))
			.andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("is not your current password");
		assertThat(mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", "first-password-1").param("newPassword", "second-password-2"))
			.andReturn().getResponse().getRedirectedUrl()).isEqualTo("/account/tokens");
		assertThat(signIn(name, "first-password-1").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(signIn(name, "second-password-2").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void wrongCurrentPasswordsLockTheAccountLikeFailedSignIns() throws Exception {
		String name = "thr" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/users", personas.token(Role.ADMIN),
				"{\"username\":\"" + name + "\",\"role\":\"SUPPORT\",\"password\":\"first-password-1\"}");
		Cookie session = signIn(name, "first-password-1").getCookie("CUSTODIAN_SESSION");
		for (int i = 0; i < 5; i++) {
			assertThat(changePassword(session, "guess-number-" + i, "second-password-2"))
				.contains("is not your current password");
		}
		assertThat(changePassword(session, "first-password-1", "second-password-2"))
			.contains("too many failed attempts");
		assertThat(signIn(name, "first-password-1").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(signIn(name, "second-password-2").getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void anAdministratorsPasswordResetEndsSessionsAndCanRevokeTokens() throws Exception {
		String admin = personas.token(Role.ADMIN);
		String name = "rst" + UUID.randomUUID().toString().substring(0, 6);
		String id = api.post("/api/v1/users", admin,
				"{\"username\":\"" + name + "\",\"role\":\"SALES\",\"password\":\"first-password-1\"}").text("id");
		Cookie session = signIn(name, "first-password-1").getCookie("CUSTODIAN_SESSION");
		String token = api.post("/api/v1/tokens", Api.basic(name, "first-password-1"), "{\"name\":\"ci\"}")
			.text("token");
		assertThat(mvc.perform(get("/contacts").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);

		Response reset = api.send(HttpMethod.PATCH, "/api/v1/users/" + id, admin,
				"{\"password\":\"second-password-2\"}", "If-Match", "\"0\"");
		assertThat(reset.status()).isEqualTo(200);
		assertThat(mvc.perform(get("/contacts").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(api.get("/api/v1/contacts", token).status()).isEqualTo(200);

		Cookie second = signIn(name, "second-password-2").getCookie("CUSTODIAN_SESSION");
		assertThat(api.send(HttpMethod.PATCH, "/api/v1/users/" + id, admin,
				"{\"password\":\"third-password-3\",\"revokeTokens\":true}", "If-Match", "\"1\"").status())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/contacts", token).status()).isEqualTo(401);
		assertThat(mvc.perform(get("/contacts").cookie(second)).andReturn().getResponse().getRedirectedUrl())
			.endsWith("/login");
		assertThat(api.send(HttpMethod.PATCH, "/api/v1/users/" + id, admin, "{\"revokeTokens\":\"yes\"}",
				"If-Match", "\"2\"").body()).contains("\"revokeTokens\"");
	}

	@Test
	void browserSessionsNeedTheCsrfTokenToChangeData() throws Exception {
		var session = authentication(personas.session(Role.SALES));
		assertThat(mvc.perform(post("/api/v1/contacts").with(session).contentType("application/json")
			.content("{\"lastName\":\"Csrf\"}")).andReturn().getResponse().getStatus()).isEqualTo(403);
		assertThat(mvc.perform(post("/api/v1/contacts").with(session).with(csrf()).contentType("application/json")
			.content("{\"lastName\":\"Csrf\"}")).andReturn().getResponse().getStatus()).isEqualTo(201);
		assertThat(mvc.perform(get("/contacts")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(mvc.perform(post("/api/v1/contacts").with(session).header("Authorization", "Digest x")
			.contentType("application/json").content("{\"lastName\":\"Csrf\"}")).andReturn().getResponse().getStatus())
			.isEqualTo(403);
	}

	@Test
	void theSignInPageAndTheApiDocumentationArePublic() throws Exception {
		String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
		assertThat(login).contains("Sign in to Custodian", "name=\"_csrf\"");
		Response docs = api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("components").get("securitySchemes").get("bearer").get("scheme").asString())
			.isEqualTo("bearer");
		assertThat(docs.json().get("paths").has("/api/v1/contacts/{id}")).isTrue();
		Response swagger = api.get("/swagger-ui.html", null);
		assertThat(swagger.status()).isIn(200, 302);
		assertThat(String.valueOf(swagger.header("Location"))).doesNotContain("/login");
	}

	@Test
	void signingOutEndsTheSession() throws Exception {
		String name = "out" + UUID.randomUUID().toString().substring(0, 6);
		api.post("/api/v1/users", personas.token(Role.ADMIN),
				"{\"username\":\"" + name + "\",\"role\":\"MARKETING\",\"password\":\"the-right-password\"}");
		Cookie session = signIn(name, "the-right-password").getCookie("CUSTODIAN_SESSION");
		assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(post("/logout").with(csrf()).cookie(session)).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void everyResponseCarriesARequestId() {
		String correlation = "0190b8a0-1234-7000-8000-00000000abcd";
		Response response = api.send(HttpMethod.GET, "/api/v1/contacts", personas.token(Role.SALES), null,
				"X-Request-Id", correlation);
		assertThat(response.header("X-Request-Id")).isEqualTo(correlation);
		Response wordy = api.send(HttpMethod.GET, "/api/v1/contacts", personas.token(Role.SALES), null,
				"X-Request-Id", "trace-12345678");
		assertThat(wordy.header("X-Request-Id")).isNotEqualTo("trace-12345678").hasSize(36);
		assertThat(api.get("/api/v1/contacts", null).header("X-Request-Id")).isNotBlank();
	}

	private String changePassword(Cookie session, String current, String next) throws Exception {
		return mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("currentPassword", current).param("newPassword", next))
			.andReturn().getResponse().getContentAsString();
	}

	private MockHttpServletResponse signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse();
	}
}
