package dev.custodian.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.custodian.support.Api;
import dev.custodian.support.ApiContract;
import dev.custodian.support.Api.Response;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two-step sign-in: TOTP enrolment, codes and recovery codes at sign-in, lock-out on wrong codes, remembered
 * browsers, roles that require a second factor, HTTP Basic with a code, an administrator's reset, and replacing a
 * generated password. Every test uses users of its own. Runs on H2 and PostgreSQL.
 */
public abstract class SecondFactorContract extends ApiContract {

	private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

	/** Usernames are sealed, so a test's users are found by the ids the API answered with. */
	private final java.util.Map<String, String> ids = new java.util.HashMap<>();

	private static final Pattern RECOVERY = Pattern.compile(">([a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4})<");

	@Test
	void aUserWithASecondFactorNeedsACodeAndWrongCodesCountTowardTheLockOut() throws Exception {
		String name = user("SALES");
		Browser browser = new Browser();
		assertThat(browser.signIn(name).getRedirectedUrl()).isEqualTo("/");
		Enrolled enrolled = browser.enrol("/account/second-factor");
		assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
		browser.signOut();

		assertThat(browser.signIn(name).getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(browser.send(get("/contacts")).getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(browser.send(get("/api/v1/contacts")).getStatus()).isEqualTo(401);
		for (int i = 0; i < 4; i++) {
			assertThat(browser.code("000000", false).getRedirectedUrl()).isEqualTo("/login/code?error");
		}
		assertThat(browser.code(TotpCodes.code(enrolled.secret(), enrolled.step() + 1), false).getRedirectedUrl())
			.isEqualTo("/");
		assertThat(browser.send(get("/contacts")).getStatus()).isEqualTo(200);
		browser.signOut();

		// the right code cleared the count; five wrong ones in a row lock the account, password or not
		assertThat(browser.signIn(name).getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(browser.code(TotpCodes.code(enrolled.secret(), enrolled.step() + 1), false).getRedirectedUrl())
			.as("a code is accepted once").isEqualTo("/login/code?error");
		for (int i = 0; i < 3; i++) {
			browser.code("11111" + i, false);
		}
		assertThat(browser.code("222222", false).getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(new Browser().signIn(name).getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void recoveryCodesWorkOnceAndABrowserCanBeRemembered() throws Exception {
		String name = user("SUPPORT");
		Browser browser = new Browser();
		browser.signIn(name);
		Enrolled enrolled = browser.enrol("/account/second-factor");
		browser.signOut();

		browser.signIn(name);
		MockHttpServletResponse remembered = browser.code(enrolled.recoveryCodes().get(0).toUpperCase(), true);
		assertThat(remembered.getRedirectedUrl()).isEqualTo("/");
		Cookie device = remembered.getCookie(SignInSteps.DEVICE_COOKIE);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getMaxAge()).isEqualTo(30 * 24 * 3600);
		browser.signOut();
		assertThat(browser.signIn(name).getRedirectedUrl()).as("this browser is remembered").isEqualTo("/");
		browser.signOut();

		Browser other = new Browser();
		assertThat(other.signIn(name).getRedirectedUrl()).isEqualTo("/login/code");
		assertThat(other.code(enrolled.recoveryCodes().get(0), false).getRedirectedUrl())
			.as("a recovery code is used once").isEqualTo("/login/code?error");
		assertThat(other.code(enrolled.recoveryCodes().get(1), false).getRedirectedUrl()).isEqualTo("/");
		assertThat(jdbc.sql("select count(*) from recovery_codes where code_hash = ?")
			.param(enrolled.recoveryCodes().get(1)).query(Long.class).single()).as("stored hashed").isZero();
	}

	@Test
	void aRoleThatRequiresASecondFactorReachesNothingBeforeEnrolment() throws Exception {
		String name = user("DPO");
		assertThat(api.post("/api/v1/tokens", Api.basic(name, "the-right-password"), "{}").status()).isEqualTo(401);
		Browser browser = new Browser();
		assertThat(browser.signIn(name).getRedirectedUrl()).isEqualTo("/login/enrol");
		assertThat(browser.send(get("/audit")).getRedirectedUrl()).isEqualTo("/login/enrol");
		assertThat(browser.send(get("/api/v1/contacts")).getStatus()).isEqualTo(401);
		assertThat(browser.send(get("/login/enrol")).getStatus()).isEqualTo(200);
		assertThat(browser.send(post("/login/enrol").with(csrf()).param("code", "12345x")).getContentAsString())
			.contains("does not match");
		Enrolled enrolled = browser.enrol("/login/enrol");
		assertThat(browser.send(get("/audit")).getStatus()).isEqualTo(200);

		Response withoutCode = api.post("/api/v1/tokens", Api.basic(name, "the-right-password"), "{}");
		assertThat(withoutCode.status()).isEqualTo(401);
		assertThat(withoutCode.body()).contains("X-Custodian-OTP");
		Response withCode = api.send(HttpMethod.POST, "/api/v1/tokens", Api.basic(name, "the-right-password"),
				"{\"name\":\"ci\"}",
				"X-Custodian-OTP", TotpCodes.code(enrolled.secret(), enrolled.step() + 1));
		assertThat(withCode.status()).isEqualTo(201);
		assertThat(api.get("/api/v1/contacts", withCode.text("token")).status()).as("tokens need no code")
			.isEqualTo(200);
	}

	@Test
	void anAdministratorResetsASecondFactorAndItIsAudited() throws Exception {
		String name = user("MARKETING");
		Browser browser = new Browser();
		browser.signIn(name);
		browser.enrol("/account/second-factor");
		browser.signOut();
		String id = ids.get(name);

		assertThat(api.delete("/api/v1/users/" + id + "/second-factor", personas.token(Role.SALES)).status())
			.isEqualTo(403);
		assertThat(api.delete("/api/v1/users/" + id + "/second-factor", personas.token(Role.ADMIN)).status())
			.isEqualTo(204);
		assertThat(browser.signIn(name).getRedirectedUrl()).isEqualTo("/");
		Response trail = api.get("/api/v1/audit/events?actor=" + personas.user(Role.ADMIN).id(),
				personas.token(Role.DPO));
		assertThat(trail.body()).contains("second-factor", id);
	}

	@Test
	void aGeneratedPasswordMustBeReplacedAtTheFirstSignIn() throws Exception {
		String name = user("SALES");
		jdbc.sql("update users set password_must_change = true where id = ?").param(UUID.fromString(ids.get(name)))
			.update();
		assertThat(api.get("/api/v1/contacts", Api.basic(name, "the-right-password")).status()).isEqualTo(401);
		Browser browser = new Browser();
		assertThat(browser.signIn(name).getRedirectedUrl()).isEqualTo("/login/new-password");
		assertThat(browser.send(get("/contacts")).getRedirectedUrl()).isEqualTo("/login/new-password");
		assertThat(browser.send(post("/login/new-password").with(csrf()).param("password", "the-right-password"))
			.getContentAsString()).contains("must differ from the generated one");
		assertThat(browser.send(post("/login/new-password").with(csrf()).param("password", "my-own-password"))
			.getRedirectedUrl()).isEqualTo("/");
		assertThat(browser.send(get("/contacts")).getStatus()).isEqualTo(200);
		assertThat(new Browser().signIn(name, "the-right-password").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(new Browser().signIn(name, "my-own-password").getRedirectedUrl()).isEqualTo("/");
	}

	private String user(String role) {
		String name = "mfa" + UUID.randomUUID().toString().substring(0, 8);
		Response created = api.post("/api/v1/users", personas.token(Role.ADMIN),
				"{\"username\":\"" + name + "\",\"role\":\"" + role + "\",\"password\":\"the-right-password\"}");
		assertThat(created.status()).isEqualTo(201);
		ids.put(name, created.text("id"));
		return name;
	}

	record Enrolled(String secret, long step, List<String> recoveryCodes) {
	}

	/** One browser: keeps its session and device cookies across requests, as a real one does. */
	private final class Browser {

		private final List<Cookie> cookies = new ArrayList<>();

		MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
			if (!cookies.isEmpty()) {
				request.cookie(cookies.toArray(Cookie[]::new));
			}
			MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
			for (Cookie cookie : response.getCookies()) {
				cookies.removeIf(kept -> kept.getName().equals(cookie.getName()));
				if (cookie.getMaxAge() != 0) {
					cookies.add(cookie);
				}
			}
			return response;
		}

		MockHttpServletResponse signIn(String name) throws Exception {
			return signIn(name, "the-right-password");
		}

		MockHttpServletResponse signIn(String name, String password) throws Exception {
			return send(post("/login").with(csrf()).param("username", name).param("password", password));
		}

		MockHttpServletResponse code(String code, boolean remember) throws Exception {
			return send(post("/login/code").with(csrf()).param("code", code).param("remember", String.valueOf(remember)));
		}

		void signOut() throws Exception {
			send(post("/logout").with(csrf()));
			cookies.removeIf(cookie -> cookie.getName().equals("CUSTODIAN_SESSION"));
		}

		Enrolled enrol(String page) throws Exception {
			MockHttpServletResponse setup = send(get(page));
			assertThat(setup.getStatus()).isEqualTo(200);
			Matcher secret = SECRET.matcher(setup.getContentAsString());
			assertThat(secret.find()).as("the set-up page shows the secret").isTrue();
			assertThat(setup.getContentAsString()).contains("src=\"data:image/png;base64,");
			long step = TotpCodes.currentStep(Instant.now());
			String codes = send(post(page).with(csrf()).param("code", TotpCodes.code(secret.group(1), step)))
				.getContentAsString();
			List<String> recovery = new ArrayList<>();
			Matcher code = RECOVERY.matcher(codes);
			while (code.find()) {
				recovery.add(code.group(1));
			}
			return new Enrolled(secret.group(1), step, recovery);
		}
	}
}
