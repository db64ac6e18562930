package dev.custodian.company.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyBulkActions;
import dev.custodian.company.CompanyContacts;
import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.company.CompanyQuery;
import dev.custodian.company.CompanySizeBand;
import dev.custodian.customfield.CustomFieldFilter;
import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.web.CustomFieldDisplay;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.Role;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.ListCount;
import dev.custodian.view.SavedViews;
import org.mockito.ArgumentCaptor;
import dev.custodian.shared.PostalAddress;
import dev.custodian.web.Display;
import dev.custodian.web.ViolationTexts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@WebMvcTest({ CompanyPageController.class, CompanyBulkController.class })
@Import({ Display.class, ViolationTexts.class, CustomFieldDisplay.class })
class CompanyPageControllerTests {

	private static final Company ACME = new Company(new CompanyId(UUID.randomUUID()), "Acme Tools", false,
			"acme.example", "Tools", CompanySizeBand.SMALL, "+49301234567", null, "https://acme.example",
			new PostalAddress(null, "Berlin", null, "DE"), false, Instant.now(), Instant.now(), 0);

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	CompanyManagement companies;

	@MockitoBean
	CompanyContacts members;

	@MockitoBean
	SavedViews views;

	@MockitoBean
	CustomFields customFields;

	@MockitoBean
	CompanyBulkActions bulk;

	@MockitoBean
	UserTimeZones zones;

	RequestPostProcessor support;

	@BeforeEach
	void setUp() {
		when(customFields.filter(any(), any())).thenReturn(CustomFieldFilter.NONE);
		when(zones.zoneOf(any())).thenReturn(ZoneOffset.UTC);
		when(zones.defaultZone()).thenReturn(ZoneOffset.UTC);
		CustodianPrincipal principal = new CustodianPrincipal(new UserId(UUID.randomUUID()), "sue", "Sue Support",
				Role.SUPPORT, Role.SUPPORT.permissions(), "user");
		support = authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		when(companies.list(any(CompanyQuery.class))).thenReturn(new KeysetPage<>(List.of(ACME), "next"));
		when(companies.get(ACME.id())).thenReturn(ACME);
		when(members.membersOf(any(), anyInt()))
			.thenReturn(List.of(new CompanyContacts.Member(UUID.randomUUID(), "Grace Hopper", "g@acme.example", "CTO")));
		when(members.countOf(any())).thenReturn(1L);
		when(companies.count(any(CompanyQuery.class))).thenReturn(new ListCount(10_000, false));
	}

	@Test
	void theListSaysHowManyMatchAndSortsByTheChosenColumn() {
		assertThat(mvc.get().uri("/companies?sort=-size").with(support)).hasStatusOk()
			.bodyText()
			.contains("more than 10,000 companies", "<option value=\"-size\" selected=\"selected\">")
			.doesNotContain("company-bulk");
		ArgumentCaptor<CompanyQuery> query = ArgumentCaptor.forClass(CompanyQuery.class);
		verify(companies).list(query.capture());
		assertThat(query.getValue().sort().code()).isEqualTo("-size");
		assertThat(mvc.get().uri("/companies?sort=shoe").with(support)).hasStatus(400).bodyText().contains("sort");
	}

	@Test
	void bulkDeletionAsksFirstSayingHowMany() {
		CustodianPrincipal principal = new CustodianPrincipal(new UserId(UUID.randomUUID()), "sam", "Sam Sales",
				Role.SALES, Role.SALES.permissions(), "user");
		RequestPostProcessor sales = authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
		assertThat(mvc.get().uri("/companies").with(sales)).bodyText().contains("form=\"company-bulk\"");
		String one = UUID.randomUUID().toString();
		assertThat(mvc.post().uri("/companies/bulk").with(sales).with(csrf()).param("action", "delete")
			.param("ids", one)).hasStatusOk()
			.bodyText()
			.contains("Delete 1 company?");
		verify(bulk, never()).delete(any());
		assertThat(mvc.post().uri("/companies/bulk").with(sales).with(csrf()).param("action", "delete")
			.param("ids", one).param("confirmed", "true")).hasStatus3xxRedirection();
		verify(bulk).delete(List.of(new CompanyId(UUID.fromString(one))));
	}

	@Test
	void theListIsAWholePageForBrowsers() {
		assertThat(mvc.get().uri("/companies").with(support)).hasStatusOk()
			.bodyText()
			.contains("<html", "Acme Tools", "acme.example", "11-50", "Show more")
			.doesNotContain("New company");
	}

	@Test
	void htmxSearchesGetOnlyTheResults() {
		assertThat(mvc.get().uri("/companies?q=acm").with(support).header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("id=\"company-results\"", "Acme Tools")
			.doesNotContain("<html");
	}

	@Test
	void htmxShowMoreGetsOnlyTheNextRows() {
		assertThat(mvc.get().uri("/companies?cursor=abc").with(support).header("HX-Request", "true")).hasStatusOk()
			.bodyText()
			.contains("<tr", "Acme Tools", "Show more")
			.doesNotContain("hx-swap-oob")
			.doesNotContain("<table");
	}

	@Test
	void aCompanyPageListsItsPeopleWithoutEditActionsForSupport() {
		assertThat(mvc.get().uri("/companies/" + ACME.id()).with(support)).hasStatusOk()
			.bodyText()
			.contains("Acme Tools", "Grace Hopper", "CTO", "+49 30 1234567")
			.doesNotContain(">Edit<", ">Delete<");
	}
}
