package dev.custodian.web;

import java.net.http.HttpResponse;

import dev.custodian.identity.Role;
import dev.custodian.support.Browserless;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failures as a user meets them in a real servlet container: unknown addresses and methods, refused pages and
 * server errors answer in the application's own words (problem+json under /api, the styled layout elsewhere),
 * never the framework's default error page or JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:errors;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY })
@Import({ Personas.class, ErrorAnswersTests.Failing.class })
class ErrorAnswersTests {

	@LocalServerPort
	int port;

	@Autowired
	Personas personas;

	Browserless browser;

	@BeforeEach
	void open() {
		browser = new Browserless(port);
	}

	@Test
	void unknownApiPathsAndMethodsAnswerProblemJson() {
		String token = "Bearer " + personas.token(Role.ADMIN);
		HttpResponse<String> unknown = browser.get("/api/v1/no-such-thing", "Authorization", token);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(unknown.body()).contains("\"status\":404").doesNotContain("\"timestamp\"", "\"path\"");

		HttpResponse<String> wrongMethod = browser.send("PUT", "/api/v1/contacts", "Authorization", token);
		assertThat(wrongMethod.statusCode()).isEqualTo(405);
		assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(wrongMethod.body()).contains("\"status\":405", "does not accept this method", "\"instance\":\"/api/v1/contacts\"");
		assertThat(wrongMethod.headers().firstValue("Allow")).isPresent();
	}

	@Test
	void unknownPagesUseTheLayoutWithItsNavigation() {
		signInAs(Role.SALES);
		HttpResponse<String> page = browser.get("/no-such-page");
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Not found", "Sign out", "href=\"/contacts\"", "Back to the dashboard")
			.doesNotContain("Whitelabel");
	}

	@Test
	void refusedPagesKeepTheNavigationAndTheSignOutLink() {
		signInAs(Role.READ_ONLY);
		HttpResponse<String> page = browser.get("/users");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Not allowed", "Sign out", "href=\"/contacts\"");
	}

	@Test
	void serverErrorsSayWhatToQuoteAndNothingElse() {
		signInAs(Role.SALES);
		HttpResponse<String> thrown = browser.get("/test-failures/thrown");
		assertThat(thrown.statusCode()).isEqualTo(500);
		String requestId = thrown.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(thrown.body()).contains("Something went wrong", "Sign out", requestId)
			.doesNotContain("IllegalStateException", "secret detail");

		HttpResponse<String> rendering = browser.get("/test-failures/rendering");
		assertThat(rendering.statusCode()).isEqualTo(500);
		assertThat(rendering.body()).contains("Something went wrong", "Sign out",
				rendering.headers().firstValue("X-Request-Id").orElseThrow())
			.doesNotContain("Whitelabel", "TemplateInputException");
	}

	private void signInAs(Role role) {
		String next = browser.signIn(personas.user(role).username(), "a-long-test-password");
		assertThat(next).doesNotContain("error");
	}

	@TestConfiguration
	static class Failing {

		@Controller
		static class FailingPages {

			@GetMapping("/test-failures/thrown")
			String thrown() {
				throw new IllegalStateException("secret detail");
			}

			@GetMapping("/test-failures/rendering")
			String rendering() {
				return "no/such/template";
			}
		}
	}
}
