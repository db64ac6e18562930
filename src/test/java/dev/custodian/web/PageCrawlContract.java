package dev.custodian.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Signs in as each role and opens every page reachable from the dashboard by following links (navigation, lists,
 * detail pages, forms, paging), failing on any server error or framework error page, or a page that could run
 * a script not its own (no nonce-based content security policy, or an inline script or event handler). It crawls
 * once in English and once in German (every request asks for it with {@code Accept-Language}), failing on a message
 * key that a bundle lacks and on a page not marked with the language it is written in. It discovers
 * pages by crawling, so pages added later are covered without editing this test.
 */
public abstract class PageCrawlContract extends ApiContract {

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*?\\shref=\"([^\"#]*)\"");

	private static final Pattern GET_FORM = Pattern.compile("<form\\b(?=[^>]*method=\"get\")[^>]*?\\saction=\"([^\"]*)\"");

	private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	/** What Thymeleaf writes for a message key that no bundle has, such as {@code ??contact.save_de_DE??}. */
	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9_.-]+\\?\\?");

	private static final int MOST_PAGES = 300;

	static Stream<Arguments> rolesAndLanguages() {
		return Arrays.stream(Role.values())
			.flatMap(role -> Stream.of(Arguments.of(role, "en"), Arguments.of(role, "de")));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("rolesAndLanguages")
	void everyReachablePageRendersForEveryRoleInEveryLanguage(Role role, String language) throws Exception {
		String contactId = seed();
		Authentication session = personas.session(role);
		// the seeded contact's timeline right after the home page: its entry's edit page is found before the crawl
		// stops at MOST_PAGES, however many records the other tests sharing this database have left behind
		Deque<String> queue = new ArrayDeque<>(List.of("/", "/timeline/contact/" + contactId));
		Set<String> seen = new LinkedHashSet<>(queue);
		List<String> failures = new ArrayList<>();
		while (!queue.isEmpty() && seen.size() <= MOST_PAGES) {
			String path = queue.removeFirst();
			MockHttpServletResponse response;
			try {
				response = mvc.perform(get(path).with(authentication(session)).header("Accept-Language", language))
					.andReturn()
					.getResponse();
			}
			catch (Exception ex) {
				failures.add(path + " threw " + ex.getClass().getSimpleName() + ": " + rootMessage(ex));
				continue;
			}
			String body = response.getContentAsString();
			if (response.getStatus() >= 500 || body.contains("Whitelabel Error Page")
					|| body.contains("There was an unexpected error")) {
				failures.add(path + " answered " + response.getStatus());
				continue;
			}
			if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
				String policyProblem = scriptPolicyProblem(response, body);
				if (policyProblem != null) {
					failures.add(path + " " + policyProblem);
				}
				Matcher missing = MISSING_MESSAGE.matcher(body);
				if (missing.find()) {
					failures.add(path + " lacks a message: " + missing.group());
				}
				if (!body.contains("<html lang=\"" + language + "\"")) {
					failures.add(path + " is not marked as written in " + language);
				}
			}
			String location = response.getRedirectedUrl();
			if (location != null) {
				enqueue(location, seen, queue);
			}
			if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
				for (Pattern pattern : List.of(LINK, GET_FORM)) {
					Matcher links = pattern.matcher(body);
					while (links.find()) {
						enqueue(links.group(1).replace("&amp;", "&"), seen, queue);
					}
				}
			}
		}
		assertThat(failures).as("pages that failed for " + role + " in " + language).isEmpty();
		assertThat(seen).as("the crawl reached the pages of the navigation").contains("/", "/account/tokens");
		if (role.permissions().contains("activity:write")) {
			assertThat(seen).as("the crawl reached the edit page of a timeline entry")
				.anyMatch(path -> path.startsWith("/timeline/") && path.endsWith("/edit"));
		}
	}

	/**
	 * Pages run only the application's own scripts: the content security policy names a fresh nonce and no
	 * 'unsafe-inline', every script tag carries that nonce, and no element has an inline event handler.
	 */
	private static @org.jspecify.annotations.Nullable String scriptPolicyProblem(MockHttpServletResponse response,
			String body) {
		String policy = response.getHeader("Content-Security-Policy");
		Matcher nonce = policy == null ? null : Pattern.compile("script-src [^;]*'nonce-([^']+)'").matcher(policy);
		if (nonce == null || !nonce.find()) {
			return "has no nonce-based content security policy";
		}
		if (policy.contains("'unsafe-inline'") && policy.indexOf("'unsafe-inline'") < policy.indexOf("style-src")) {
			return "allows inline scripts";
		}
		Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(body);
		while (scripts.find()) {
			if (!scripts.group().contains("nonce=\"" + nonce.group(1) + "\"") || !scripts.group().contains("src=")) {
				return "has a script without the response's nonce or source: " + scripts.group();
			}
		}
		Matcher handlers = INLINE_HANDLER.matcher(body);
		return handlers.find() ? "has an inline event handler: " + handlers.group() : null;
	}

	/**
	 * Something to show on every detail and edit page: a company, a contact working there, their ticket and a call
	 * on their timeline; returns the contact's id.
	 */
	private String seed() {
		String admin = personas.token(Role.ADMIN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String company = api.post("/api/v1/companies", admin,
				"{\"name\":\"Crawl " + tag + "\",\"domain\":\"crawl-" + tag + ".example\"}").header("Location");
		String companyId = company.substring(company.lastIndexOf('/') + 1);
		String contactId = api.post("/api/v1/contacts", admin, "{\"firstName\":\"Cora\",\"lastName\":\"Crawl\","
				+ "\"email\":\"cora-" + tag + "@example.org\",\"companyId\":\"" + companyId + "\"}").text("id");
		api.post("/api/v1/tickets", admin, "{\"subject\":\"Crawl ticket\",\"channel\":\"web\",\"requesterId\":\""
				+ contactId + "\",\"tags\":[\"crawl\"]}");
		api.post("/api/v1/activities", admin, "{\"type\":\"call\",\"subject\":\"Crawl call\",\"direction\":"
				+ "\"inbound\",\"contactIds\":[\"" + contactId + "\"]}");
		return contactId;
	}

	private static void enqueue(String href, Set<String> seen, Deque<String> queue) {
		String path = href.replaceFirst("^https?://localhost(:\\d+)?", "");
		if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/logout") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.startsWith("/webjars/") || path.startsWith("/swagger-ui")
				|| path.startsWith("/v3/api-docs") || path.startsWith("/api/") || path.startsWith("/actuator")
				|| path.startsWith("/language")) {
			return;
		}
		if (seen.add(path)) {
			queue.addLast(path);
		}
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + " " + root.getMessage();
	}
}
