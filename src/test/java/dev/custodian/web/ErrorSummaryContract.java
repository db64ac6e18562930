package dev.custodian.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form answers an invalid submit with one error summary above it, taking the focus, that links to each
 * invalid field by its label, so nobody has to hunt through the page for what went wrong.
 */
public abstract class ErrorSummaryContract extends ApiContract {

	private static final Pattern SUMMARY = Pattern.compile("<div id=\"error-summary\"[^>]*>(.*?)</div>", Pattern.DOTALL);

	private static final Pattern SUMMARY_LINK = Pattern.compile("<a href=\"#([^\"]+)\">([^<]*)</a>");

	private static final Pattern INVALID = Pattern.compile("id=\"([^\"]+)\"[^>]*aria-invalid=\"true\"");

	@Test
	void contactForm() throws Exception {
		assertSummaryLinksEachInvalidField(post("/contacts").param("firstName", "Ada").param("email", "nope")
			.param("phone", "call me"), Role.SALES, "Email: ", "Phone: ");
	}

	@Test
	void companyForm() throws Exception {
		assertSummaryLinksEachInvalidField(post("/companies").param("name", "").param("website", "not a url"),
				Role.SALES, "Name: ");
	}

	@Test
	void userForm() throws Exception {
		assertSummaryLinksEachInvalidField(post("/users").param("username", "").param("displayName", "")
			.param("role", "ADMIN").param("password", "short"), Role.ADMIN, "Password: ");
	}

	@Test
	void passwordForm() throws Exception {
		assertSummaryLinksEachInvalidField(post("/account/password").param("currentPassword", "wrong")
			.param("newPassword", "short"), Role.READ_ONLY, "New password: ");
	}

	@Test
	void tokenForm() throws Exception {
		assertSummaryLinksEachInvalidField(post("/account/tokens").param("name", "t").param("expiresInDays", "0"),
				Role.READ_ONLY, "Expires in (days): ");
	}

	@Test
	void signInForm() throws Exception {
		String page = mvc.perform(get("/login").param("error", "")).andReturn().getResponse().getContentAsString();
		Matcher summary = SUMMARY.matcher(page);
		assertThat(summary.find()).as("a failed sign-in shows the error summary").isTrue();
		assertThat(summary.group()).contains("autofocus", "href=\"#username\"", "Sign-in failed");
	}

	private void assertSummaryLinksEachInvalidField(MockHttpServletRequestBuilder submit, Role role,
			String... linkTextsStartingWith) throws Exception {
		String page = mvc.perform(submit.with(csrf()).with(authentication(personas.session(role))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher summary = SUMMARY.matcher(page);
		assertThat(summary.find()).as("the page shows an error summary").isTrue();
		assertThat(summary.group()).contains("autofocus", "tabindex=\"-1\"");
		List<String> linked = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		Matcher links = SUMMARY_LINK.matcher(summary.group(1));
		while (links.find()) {
			linked.add(links.group(1));
			texts.add(links.group(2));
		}
		List<String> invalid = INVALID.matcher(page).results().map(match -> match.group(1)).toList();
		assertThat(invalid).as("fields marked invalid").isNotEmpty();
		assertThat(linked).as("the summary links each invalid field, and only those")
			.containsExactlyInAnyOrderElementsOf(invalid);
		for (String start : linkTextsStartingWith) {
			assertThat(texts).as("links named by the field's label").anyMatch(text -> text.startsWith(start));
		}
	}
}
