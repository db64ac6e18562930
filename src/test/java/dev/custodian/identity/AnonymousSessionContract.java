package dev.custodian.identity;

import java.net.http.HttpResponse;

import dev.custodian.support.ApiContract;
import dev.custodian.support.Browserless;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser sessions are stored in the database, so whatever a session holds reaches its backups: an anonymous
 * visitor creates no session except on the sign-in form (which needs its CSRF token), and the page to return to
 * after signing in is kept as a bare path, never with its query string.
 */
public abstract class AnonymousSessionContract extends ApiContract {

	@LocalServerPort
	int port;

	@Test
	void anonymousRequestsCreateNoSession() {
		Browserless anonymous = new Browserless(port);
		long before = sessions();
		for (String path : new String[] { "/", "/contacts?q=Lovelace", "/contacts/0190b8a0-0000-7000-8000-000000000000",
				"/css/custodian.css", "/favicon.ico", "/no-such-page", "/actuator/health", "/api/v1/contacts",
				"/v3/api-docs", "/swagger-ui.html" }) {
			HttpResponse<String> response = anonymous.get(path);
			assertThat(response.headers().allValues("Set-Cookie"))
				.as(path).noneMatch(cookie -> cookie.startsWith("CUSTODIAN_SESSION="));
		}
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	void aDeepLinkReturnsToItsPathAfterSignInWithoutItsQuery() {
		Browserless browser = new Browserless(port);
		HttpResponse<String> deepLink = browser.get("/contacts?q=Lovelace");
		assertThat(deepLink.statusCode()).isEqualTo(302);
		assertThat(deepLink.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(deepLink.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Lovelace"));

		String next = browser.signIn(personas.user(dev.custodian.identity.Role.SALES).username(), "a-long-test-password");
		assertThat(next).endsWith("/contacts").doesNotContain("Lovelace");
		assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name like '%SAVED_REQUEST%'")
			.query(Long.class).single()).isZero();
		assertThat(browser.get("/contacts").statusCode()).isEqualTo(200);
	}

	private long sessions() {
		return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}
}
