package dev.custodian.audit.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Role;
import dev.custodian.identity.UserAccount;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The audit page shows people: actors by name, and contacts by name to those who may read contacts (a read that
 * is itself audited); it filters by action, record type, actor and dates, and "Show more" keeps the filters.
 * Runs on H2 and PostgreSQL.
 */
public abstract class AuditPageContract extends ApiContract {

	@Autowired
	AuditLog audit;

	String marker;

	String contactId;

	@BeforeEach
	void createContact() {
		marker = "Pagemark" + UUID.randomUUID().toString().substring(0, 8);
		contactId = api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"firstName\":\"Ada\",\"lastName\":\"" + marker + "\"}").text("id");
	}

	@Test
	void actorsAndContactsAreShownByNameAndTheNameReadIsAudited() {
		String page = page(personas.session(Role.DPO), "/audit?subjectId=" + contactId, 200);
		UserAccount salesUser = personas.user(Role.SALES);
		assertThat(page).contains("Ada " + marker)
			.contains(HtmlUtils.htmlEscape(salesUser.displayName() + " (" + salesUser.username() + ")"));
		assertThat(namesOpenedBy(Role.DPO)).isEqualTo(1);
	}

	@Test
	void withoutContactReadTheSubjectsStayIdsAndNothingIsOpened() {
		UserAccount dpo = personas.user(Role.DPO);
		CustodianPrincipal auditOnly = new CustodianPrincipal(dpo.id(), dpo.username(), dpo.displayName(), Role.DPO,
				Set.of("audit:read"), "user");
		String page = page(UsernamePasswordAuthenticationToken.authenticated(auditOnly, null, auditOnly.authorities()),
				"/audit?subjectId=" + contactId, 200);
		assertThat(page).doesNotContain(marker).contains(contactId.substring(0, 10));
		assertThat(namesOpenedBy(Role.DPO)).isZero();
	}

	@Test
	void theActorPickerOffersUsersByName() {
		UserAccount salesUser = personas.user(Role.SALES);
		String page = page(personas.session(Role.ADMIN), "/audit?actor=" + salesUser.id(), 200);
		assertThat(page).containsPattern("<option value=\"" + salesUser.id() + "\" selected=\"selected\">"
				+ Pattern.quote(HtmlUtils.htmlEscape(salesUser.displayName() + " (" + salesUser.username() + ")")));
		assertThat(page).contains("<option value=\"" + personas.user(Role.DPO).id() + "\">");
		assertThat(rows(page)).isPositive();
	}

	@Test
	void filtersNarrowTheListAndShowMoreKeepsThem() {
		String type = "page-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate before = today();
		record(type, 53);
		String filtered = "/audit?action=UPDATE&resourceType=" + type;
		String first = page(personas.session(Role.DPO), filtered, 200);
		assertThat(rows(first)).isEqualTo(27).isEqualTo(rowsOf(first, "UPDATE"));
		assertThat(first).contains("<option value=\"" + type + "\" selected=\"selected\">");
		assertThat(page(personas.session(Role.DPO), "/audit?resourceType=" + type, 200)).contains("Show more");

		String withDates = filtered + "&from=" + before + "&to=" + today();
		assertThat(rows(page(personas.session(Role.DPO), withDates, 200))).isEqualTo(27);
		assertThat(rows(page(personas.session(Role.DPO), filtered + "&to=2000-01-01", 200))).isZero();
	}

	@Test
	void showMoreCarriesEveryFilter() {
		String type = "more-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate from = today();
		record(type, 110);
		LocalDate to = today();
		String first = page(personas.session(Role.DPO),
				"/audit?action=UPDATE&resourceType=" + type + "&from=" + from + "&to=" + to, 200);
		Matcher more = Pattern.compile("hx-get=\"([^\"]+)\"").matcher(first);
		assertThat(more.find()).isTrue();
		String next = HtmlUtils.htmlUnescape(more.group(1));
		assertThat(next).contains("action=UPDATE", "resourceType=" + type, "from=" + from, "to=" + to, "cursor=");
		String rest = page(personas.session(Role.DPO), next, 200, "HX-Request", "true");
		assertThat(rest).doesNotContain("<html").doesNotContain("Show more");
		assertThat(rows(first)).isEqualTo(50).isEqualTo(rowsOf(first, "UPDATE"));
		assertThat(rows(rest)).isEqualTo(5).isEqualTo(rowsOf(rest, "UPDATE"));
	}

	@Test
	void malformedFiltersAreNamedOnThePageAndShowNothing() {
		String page = page(personas.session(Role.DPO), "/audit?subjectId=nobody&from=2026-13-01&action=PUBLISH", 400);
		assertThat(page).contains("subjectId, action, from")
			.contains("must be a UUID")
			.contains("must be a date")
			.contains("No entries.");
		assertThat(rows(page)).isZero();
	}

	@Test
	void aContactPageLeadsAuditReadersToThatPersonsTrail() {
		String trail = "href=\"/audit?subjectId=" + contactId + "\"";
		assertThat(page(personas.session(Role.DPO), "/contacts/" + contactId, 200)).contains(trail);
		assertThat(page(personas.session(Role.SALES), "/contacts/" + contactId, 200)).doesNotContain(trail);
	}

	@Test
	void rolesWithoutAuditReadAreRefused() {
		page(personas.session(Role.SALES), "/audit?action=READ", 403);
	}

	/** Entries of the given resource type, alternately updates and reads, updates first. */
	private void record(String type, int count) {
		for (int i = 0; i < count; i++) {
			audit.record(i % 2 == 0 ? AuditAction.UPDATE : AuditAction.READ, type, type + "-" + i, List.of());
		}
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.systemDefault());
	}

	@Test
	void thePageCountsTheMatchesSortsAndKeepsSavedViews() throws Exception {
		String type = "counted" + UUID.randomUUID().toString().substring(0, 6);
		List<String> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(type + "-" + i);
			audit.record(AuditAction.READ, type, type + "-" + i, List.of());
		}
		Authentication dpo = personas.session(Role.DPO);
		String newest = page(dpo, "/audit?resourceType=" + type, 200);
		assertThat(newest).contains("3 entries");
		assertThat(newest.indexOf(type + "-2")).isLessThan(newest.indexOf(type + "-0"));
		String oldest = page(dpo, "/audit?resourceType=" + type + "&sort=oldest", 200);
		assertThat(oldest.indexOf(type + "-0")).isLessThan(oldest.indexOf(type + "-2"));

		MockHttpServletResponse saved = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/views").with(authentication(dpo))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("list", "audit").param("name", "Oldest " + type).param("sort", "oldest")
			.param("filter.resourceType", type)).andReturn().getResponse();
		String location = saved.getRedirectedUrl();
		assertThat(location).startsWith("/audit?view=");
		String viewed = page(dpo, location, 200);
		assertThat(viewed).contains("3 entries", "Oldest " + type);
		assertThat(viewed.indexOf(type + "-0")).isLessThan(viewed.indexOf(type + "-2"));
		// another user does not see it
		assertThat(page(personas.session(Role.ADMIN), "/audit", 200)).doesNotContain("Oldest " + type);
	}

	private String page(Authentication who, String uri, int status, String... headers) {
		MockHttpServletRequestBuilder request = get(URI.create(uri)).with(authentication(who));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			MockHttpServletResponse response = mvc.perform(request)
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(uri).isEqualTo(status);
			return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int rows(String page) {
		return page.split("<td data-label=\"When\"", -1).length - 1;
	}

	private static int rowsOf(String page, String action) {
		return page.split("<td data-label=\"Action\">" + action + "</td>", -1).length - 1;
	}

	/** Audit entries of the role's user that read this test's contact. */
	private long namesOpenedBy(Role role) {
		return jdbc.sql("""
				select count(*) from audit_events e join audit_event_subjects s on s.event_id = e.id
				where s.subject_id = ? and e.actor_id = ? and e.action = 'READ'""")
			.params(UUID.fromString(contactId), personas.user(role).id().toString())
			.query(Long.class)
			.single();
	}
}
