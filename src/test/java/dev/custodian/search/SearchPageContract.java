package dev.custodian.search;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Permission;
import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The global search on a whole application with stored data: hits grouped by kind, as a page and as the htmx
 * answer under the top bar's box; restricted people only for those who may see them; no contact for a caller
 * without {@code contact:read}; the text in no URL and no audit entry. Runs on H2 and PostgreSQL.
 */
public abstract class SearchPageContract extends ApiContract {

	private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|action|src|hx-post|hx-get)=\"([^\"]*)\"");

	String tag;

	String contactId;

	String companyId;

	@BeforeEach
	void aContactAndACompanyOfTheSameName() {
		tag = "zq" + letters(6);
		String sales = personas.token(Role.SALES);
		companyId = api.post("/api/v1/companies", sales, "{\"name\":\"" + tag + " Works\",\"domain\":\"" + tag
				+ ".example\"}").text("id");
		contactId = api.post("/api/v1/contacts", sales, "{\"firstName\":\"Ada\",\"lastName\":\"" + tag
				+ "\",\"email\":\"ada." + tag + "@example.org\"}").text("id");
	}

	@Test
	void theResultsPageGroupsTheHitsByKindWithCounts() throws Exception {
		MockHttpServletResponse page = search(tag, Role.SALES, false);
		assertThat(page.getStatus()).isEqualTo(200);
		String html = page.getContentAsString();
		assertThat(html).contains("<h1>Search</h1>", "Contacts (1)", "Companies (1)",
				"href=\"/contacts/" + contactId + "\"", "href=\"/companies/" + companyId + "\"",
				"ada." + tag + "@example.org", tag + ".example");
		assertThat(html.indexOf("Contacts (1)")).isLessThan(html.indexOf("Companies (1)"));
	}

	@Test
	void asYouTypeTheAnswerIsTheGroupedHitsAlone() throws Exception {
		MockHttpServletResponse answer = search(tag, Role.MARKETING, true);
		assertThat(answer.getStatus()).isEqualTo(200);
		String html = answer.getContentAsString();
		assertThat(html).doesNotContain("<html", "<h1>").contains("Contacts (1)", "Companies (1)",
				"href=\"/contacts/" + contactId + "\"", "data-summary=\"2 results.\"", "Show all results");
		assertThat(search("Ada " + tag, Role.MARKETING, true).getContentAsString())
			.contains("href=\"/contacts/" + contactId + "\"").doesNotContain("Companies (");
	}

	@Test
	void moreHitsThanShownSayMoreAndLeadToTheList() throws Exception {
		String sales = personas.token(Role.SALES);
		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/contacts", sales, "{\"firstName\":\"Bea\",\"lastName\":\"" + tag + "\"}");
		}
		String typed = search(tag, Role.SALES, true).getContentAsString();
		assertThat(typed).contains("Contacts (5+)");
		assertThat(typed.split("href=\"/contacts/", -1)).hasSize(6);
		String page = search(tag, Role.SALES, false).getContentAsString();
		assertThat(page).contains("Contacts (6)").doesNotContain("Contacts (6+)", "action=\"/contacts/search\"");
		for (int i = 0; i < 20; i++) {
			api.post("/api/v1/contacts", sales, "{\"firstName\":\"Cy\",\"lastName\":\"" + tag + "\"}");
		}
		String more = search(tag, Role.SALES, false).getContentAsString();
		assertThat(more).contains("Contacts (25+)", "action=\"/contacts/search\"", "name=\"q\" value=\"" + tag + "\"",
				"Contacts: all matches in the list");
		String list = mvc.perform(post("/contacts/search").param("q", tag).with(csrf())
			.with(authentication(personas.session(Role.SALES)))).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("26 contacts");
	}

	@Test
	void restrictedPeopleAreFoundOnlyByThoseWhoMaySeeThem() throws Exception {
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + contactId + "/restriction",
				personas.token(Role.DPO), null).status()).isEqualTo(204);
		assertThat(search(tag, Role.SALES, true).getContentAsString())
			.doesNotContain("/contacts/" + contactId).contains("Companies (1)");
		assertThat(search(tag, Role.SALES, false).getContentAsString()).doesNotContain("/contacts/" + contactId);
		assertThat(search(tag, Role.DPO, true).getContentAsString()).contains("href=\"/contacts/" + contactId + "\"");
	}

	@Test
	void withoutContactReadNoContactIsFound() throws Exception {
		Set<String> permissions = new HashSet<>(Role.SALES.permissions());
		permissions.remove(Permission.CONTACT_READ);
		CustodianPrincipal sales = personas.principal(personas.user(Role.SALES));
		CustodianPrincipal narrowed = new CustodianPrincipal(sales.id(), sales.username(), sales.displayName(),
				sales.role(), permissions, sales.via());
		Authentication session = UsernamePasswordAuthenticationToken.authenticated(narrowed, null,
				narrowed.authorities());
		String html = mvc.perform(post("/search").param("q", tag).header("HX-Request", "true").with(csrf())
			.with(authentication(session))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("Companies (1)").doesNotContain("Contacts (", "/contacts/");
	}

	@Test
	void theTextIsInNoUrlAndNoAuditEntry() throws Exception {
		String text = "Ada " + tag;
		long before = events();
		for (boolean htmx : List.of(true, false)) {
			MockHttpServletResponse answer = search(text, Role.SALES, htmx);
			assertThat(answer.getStatus()).isEqualTo(200);
			assertThat(answer.getRedirectedUrl()).isNull();
			URL_ATTRIBUTE.matcher(answer.getContentAsString()).results()
				.map(match -> match.group(1).toLowerCase(Locale.ROOT))
				.forEach(url -> assertThat(url).doesNotContain(tag).doesNotContain("ada%20"));
		}
		assertThat(events()).as("each search audited the contact it showed").isEqualTo(before + 2);
		List<String> rows = jdbc.sql("select concat(coalesce(actor_id, ''), action, resource_type, "
				+ "coalesce(resource_id, ''), subject_ids, coalesce(request_id, ''), outcome) from audit_events")
			.query(String.class).list();
		assertThat(rows).noneMatch(row -> row.toLowerCase(Locale.ROOT).contains(tag));
		assertThat(jdbc.sql("select count(*) from audit_events where action = 'READ' and resource_type = 'contact' "
				+ "and subject_ids like ?").param("%" + contactId + "%").query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void theTopBarBoxPostsAndTheResultsPageRendersForEveryRole() throws Exception {
		for (Role role : Role.values()) {
			MockHttpServletResponse empty = mvc.perform(get("/search").with(authentication(personas.session(role))))
				.andReturn().getResponse();
			assertThat(empty.getStatus()).as(role.name()).isEqualTo(200);
			assertThat(empty.getContentAsString()).contains("id=\"global-search\"", "action=\"/search\"",
					"method=\"post\"", "hx-post=\"/search\"", "name=\"_csrf\"");
			assertThat(search(tag, role, false).getStatus()).as(role.name()).isEqualTo(200);
		}
	}

	@Test
	void aTextTooLongOrWithControlCharactersIsRefusedOnThePageNotWithAnError() throws Exception {
		MockHttpServletResponse tooLong = search("a".repeat(201), Role.SALES, false);
		assertThat(tooLong.getStatus()).isEqualTo(200);
		assertThat(tooLong.getContentAsString()).contains("at most 200 characters");
		assertThat(search("ab\u0007", Role.SALES, true).getContentAsString()).contains("at most 200 characters");
		assertThat(search("   ", Role.SALES, true).getContentAsString()).doesNotContain("Nothing found", "/contacts/");
		assertThat(search("%%", Role.SALES, false).getContentAsString()).contains("Nothing found.");
	}

	@Test
	void withoutTheCsrfTokenTheSearchIsRefused() throws Exception {
		assertThat(mvc.perform(post("/search").param("q", tag).with(authentication(personas.session(Role.SALES))))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	private MockHttpServletResponse search(String text, Role role, boolean htmx) throws Exception {
		var request = post("/search").param("q", text).with(csrf()).with(authentication(personas.session(role)));
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	private long events() {
		return jdbc.sql("select count(*) from audit_events").query(Long.class).single();
	}

	/** Random lower-case letters, so a name is found by its start and matches nothing else. */
	private static String letters(int count) {
		StringBuilder letters = new StringBuilder();
		UUID.randomUUID().toString().replace("-", "").chars().limit(count)
			.forEach(hex -> letters.append((char) ('a' + Character.digit(hex, 16))));
		return letters.toString();
	}
}
