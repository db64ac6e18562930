package dev.custodian.deal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The deal pages, on H2 and PostgreSQL: the board shows a column per stage with counts and totals per currency and
 * moves a card by its form (and by the script's post, answered with a status only); the list filters; the deal page
 * shows the people, an erased one as such, and the stage history; the form reports bad input field by field; the
 * forecast keeps currencies apart; administrators keep the lost reasons; a company's page lists its deals.
 */
public abstract class DealPageContract extends DealApiContractSupport {

	@Test
	void theBoardShowsColumnsWithCountsAndTotalsAndMovesACardByItsForm() throws Exception {
		JsonNode p = pipeline();
		String pid = p.get("id").asString();
		Response first = create(sales, p, 0, "1000", "EUR", "2027-01-10", "");
		create(sales, p, 0, "250", "USD", "2027-01-11", "");
		String board = "/deals/board?pipeline=" + pid;
		String page = send(get(board), Role.SALES, "en").getContentAsString();
		assertThat(page).contains("Board: " + p.get("name").asString(), "id=\"column-" + stage(p, 0) + "\"",
				"€1,000.00", "$250.00", "Move Deal 1000 to", "draggable=\"true\"", "/js/deal-board.js");
		assertThat(send(get(board), Role.SALES, "de").getContentAsString()).contains("Deal 1000 verschieben nach");

		MockHttpServletResponse moved = send(post("/deals/" + first.text("id") + "/stage").param("version", "0")
			.param("stageId", stage(p, 1)).param("next", board), Role.SALES, "en");
		assertThat(moved.getRedirectedUrl()).isEqualTo(board);
		assertThat(api.get("/api/v1/deals/" + first.text("id"), sales).text("stageId")).isEqualTo(stage(p, 1));
		MockHttpServletResponse stale = send(post("/deals/" + first.text("id") + "/stage").param("version", "0")
			.param("stageId", stage(p, 0)).header("HX-Request", "true"), Role.SALES, "en");
		assertThat(stale.getStatus()).as("the script's post with an old version").isEqualTo(409);
		MockHttpServletResponse dragged = send(post("/deals/" + first.text("id") + "/stage").param("version", "1")
			.param("stageId", stage(p, 2)).header("HX-Request", "true"), Role.SALES, "en");
		assertThat(dragged.getStatus()).isEqualTo(204);
		MockHttpServletResponse needsReason = send(post("/deals/" + first.text("id") + "/stage").param("version", "2")
			.param("stageId", stage(p, 3)).header("HX-Request", "true"), Role.SALES, "en");
		assertThat(needsReason.getStatus()).as("lost needs a reason the drop cannot give").isEqualTo(400);
		org.springframework.test.web.servlet.MvcResult asked = mvc.perform(post("/deals/" + first.text("id") + "/stage")
			.param("version", "2").param("stageId", stage(p, 3)).param("next", board).header("Accept-Language", "en")
			.with(csrf()).with(authentication(personas.session(Role.SALES)))).andReturn();
		assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/deals/" + first.text("id"));
		assertThat(asked.getFlashMap().get("problem").toString()).contains("Why it was lost");
	}

	@Test
	void theListFiltersAndSorts() throws Exception {
		JsonNode p = pipeline();
		String pid = p.get("id").asString();
		create(sales, p, 0, "300", "EUR", "2027-03-01", "");
		create(sales, p, 1, "100", "EUR", "2027-01-01", "");
		String page = send(get("/deals").param("pipelineId", pid).param("sort", "-amount"), Role.READ_ONLY, "en")
			.getContentAsString();
		assertThat(page).contains("2 deals", "Largest amount first");
		assertThat(page.indexOf("Deal 300")).isLessThan(page.indexOf("Deal 100"));
		assertThat(send(get("/deals").param("pipelineId", pid).param("closeTo", "2027-02-01"), Role.READ_ONLY, "de")
			.getContentAsString()).contains("1 Deal", "Deal 100").doesNotContain("Deal 300");
		assertThat(send(get("/deals").param("closeFrom", "soon"), Role.READ_ONLY, "en").getContentAsString())
			.contains("A filter was not understood", "Closing from");
	}

	@Test
	void theDealPageShowsPeopleHistoryAndAnErasedPerson() throws Exception {
		JsonNode p = pipeline();
		String contact = contact(sales);
		Response created = create(sales, p, 0, "4200", "EUR", LocalDate.now().plusDays(3).toString(),
				",\"contacts\":[{\"contactId\":\"" + contact + "\",\"role\":\"decision-maker\"}]");
		String id = created.text("id");
		send(post("/deals/" + id + "/won").param("version", "0"), Role.SALES, "en");
		String page = send(get("/deals/" + id), Role.SALES, "en").getContentAsString();
		assertThat(page).contains("Deal 4200", "€4,200.00", "Decision maker", "Stage history", "Lead", "Won",
				"(current)", "In Won for 0 d 0 h", "Dana");
		assertThat(send(get("/deals/" + id), Role.SALES, "de").getContentAsString()).contains("Phasenverlauf",
				"Entscheider", "Gewonnen");
		assertThat(api.post("/api/v1/subjects/" + contact + "/erasure", personas.token(Role.DPO), null).status())
			.isEqualTo(200);
		String after = send(get("/deals/" + id), Role.SALES, "en").getContentAsString();
		assertThat(after).contains("erased person", "€4,200.00", "Decision maker").doesNotContain("Dana");
		assertThat(send(get("/deals/not-a-deal"), Role.SALES, "en").getStatus()).isEqualTo(404);
	}

	@Test
	void theFormCreatesADealAndReportsBadInputByField() throws Exception {
		JsonNode p = pipeline();
		MockHttpServletResponse bad = send(post("/deals").param("name", "").param("amount", "lots")
			.param("currency", "EUR").param("stageId", stage(p, 1)).param("expectedCloseDate", "2027-01-01"),
				Role.SALES, "en");
		assertThat(bad.getStatus()).isEqualTo(200);
		assertThat(bad.getContentAsString()).contains("There is a problem", "href=\"#name\"", "href=\"#amount\"",
				"must be a decimal number such as 12500.00");
		MockHttpServletResponse created = send(post("/deals").param("name", "From the form").param("amount", "12.50")
			.param("currency", "EUR").param("stageId", stage(p, 1)).param("expectedCloseDate", "2027-01-01"),
				Role.SALES, "en");
		assertThat(created.getRedirectedUrl()).startsWith("/deals/");
		JsonNode deal = api.get("/api/v1" + created.getRedirectedUrl(), sales).json();
		assertThat(deal.get("pipelineId").asString()).as("the pipeline follows from the stage").isEqualTo(p.get("id").asString());
		assertThat(deal.get("amount").asString()).isEqualTo("12.50");
		assertThat(send(get("/deals/new"), Role.SALES, "de").getContentAsString()).contains("Neuer Deal",
				"Person per E-Mail hinzufügen");
		assertThat(send(get(created.getRedirectedUrl() + "/edit"), Role.SALES, "en").getContentAsString())
			.contains("Edit the deal", "value=\"From the form\"");
	}

	@Test
	void theForecastPageKeepsCurrenciesApart() throws Exception {
		JsonNode p = pipeline();
		YearMonth month = YearMonth.now().plusMonths(1);
		create(sales, p, 1, "1000", "EUR", month.atDay(5).toString(), "");
		create(sales, p, 1, "3000", "USD", month.atDay(5).toString(), "");
		String page = send(get("/deals/forecast").param("pipelineId", p.get("id").asString())
			.param("from", month.toString()).param("to", month.toString()), Role.READ_ONLY, "en").getContentAsString();
		assertThat(page).contains("EUR (default currency)", "USD, shown apart", "€500.00", "$1,500.00", "€1,000.00");
	}

	@Test
	void administratorsKeepTheLostReasonsAndACompanyPageListsItsDeals() throws Exception {
		String name = "Reason " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(send(get("/admin/pipelines"), Role.ADMIN, "en").getContentAsString()).contains("/admin/lost-reasons");
		send(post("/admin/lost-reasons").param("name", name), Role.ADMIN, "en");
		assertThat(send(get("/admin/lost-reasons"), Role.ADMIN, "en").getContentAsString()).contains(name, "Competitor");
		assertThat(send(get("/admin/lost-reasons"), Role.SALES, "en").getStatus()).isEqualTo(403);

		JsonNode p = pipeline();
		String company = api.post("/api/v1/companies", sales, "{\"name\":\"Deal Page Co " + UUID.randomUUID() + "\"}")
			.text("id");
		create(sales, p, 0, "99", "EUR", "2027-01-01", ",\"companyId\":\"" + company + "\"");
		assertThat(send(get("/companies/" + company), Role.SALES, "en").getContentAsString())
			.contains("hx-get=\"/deals/of/company/" + company + "\"");
		String section = send(get("/deals/of/company/" + company).header("HX-Request", "true"), Role.SALES, "en")
			.getContentAsString();
		assertThat(section).contains("Deal 99", "€99.00").doesNotContain("<html");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role, String language)
			throws Exception {
		return mvc.perform(request.header("Accept-Language", language).with(csrf())
			.with(authentication(personas.session(role)))).andReturn().getResponse();
	}
}
