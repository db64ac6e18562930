package dev.custodian.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Bulk actions and saved views on the list pages, against the whole application: each record of a bulk action is
 * permission-checked and audited, a failure changes nothing, and saved views belong to their user and never keep
 * a search text.
 */
public abstract class ListActionsContract extends ApiContract {

	private String contact(String json) {
		return api.post("/api/v1/contacts", personas.token(Role.SALES), json).text("id");
	}

	private MvcResult page(Role role, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(role))).with(csrf())).andReturn();
	}

	private List<String> actions(String subject) {
		List<String> actions = new ArrayList<>();
		api.get("/api/v1/audit/events?subjectId=" + subject, personas.token(Role.DPO)).json().get("items")
			.forEach(e -> actions.add(e.get("action").asString() + ":" + e.get("outcome").asString()));
		return actions;
	}

	private String stage(String id) {
		return api.get("/api/v1/contacts/" + id, personas.token(Role.SALES)).text("lifecycleStage");
	}

	@Test
	void aBulkStageChangeIsAuditedForEachContactAndRefusedToReadOnlyUsers() throws Exception {
		String one = contact("{\"lastName\":\"Bulk\"}");
		String two = contact("{\"lastName\":\"Bulk\"}");
		MvcResult denied = page(Role.READ_ONLY, post("/contacts/bulk").param("action", "stage")
			.param("stage", "customer").param("ids", one, two));
		assertThat(denied.getResponse().getStatus()).isEqualTo(403);
		assertThat(stage(one)).isEqualTo("lead");
		MvcResult done = page(Role.SALES, post("/contacts/bulk").param("action", "stage").param("stage", "customer")
			.param("ids", one, two));
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/contacts");
		assertThat(done.getFlashMap().get("notice")).isEqualTo("Stage changed for 2 contacts.");
		assertThat(stage(one)).isEqualTo("customer");
		assertThat(stage(two)).isEqualTo("customer");
		assertThat(actions(one)).contains("UPDATE:SUCCESS");
		assertThat(actions(two)).contains("UPDATE:SUCCESS");
	}

	@Test
	void aBulkActionThatFailsForOneContactChangesNone() throws Exception {
		String one = contact("{\"lastName\":\"Kept\"}");
		String gone = contact("{\"lastName\":\"Gone\"}");
		api.delete("/api/v1/contacts/" + gone, personas.token(Role.DPO));
		MvcResult result = page(Role.SALES, post("/contacts/bulk").param("action", "stage").param("stage", "customer")
			.param("ids", one, gone));
		assertThat(String.valueOf(result.getFlashMap().get("problem"))).startsWith("Nothing was changed");
		assertThat(stage(one)).isEqualTo("lead");
		MvcResult disabledOwner = page(Role.SALES, post("/contacts/bulk").param("action", "owner")
			.param("owner", UUID.randomUUID().toString()).param("ids", one));
		assertThat(String.valueOf(disabledOwner.getFlashMap().get("problem"))).contains("names no active user");
	}

	@Test
	void bulkDeletionIsConfirmedThenErasesEachContactForTheDpoOnly() throws Exception {
		String one = contact("{\"lastName\":\"Erased\"}");
		String two = contact("{\"lastName\":\"Erased\"}");
		MvcResult asked = page(Role.DPO, post("/contacts/bulk").param("action", "delete").param("ids", one, two));
		assertThat(asked.getResponse().getContentAsString()).contains("Delete 2 contacts?");
		assertThat(api.get("/api/v1/contacts/" + one, personas.token(Role.SALES)).status()).isEqualTo(200);
		assertThat(page(Role.SALES, post("/contacts/bulk").param("action", "delete").param("ids", one, two)
			.param("confirmed", "true")).getResponse().getStatus()).isEqualTo(403);
		assertThat(api.get("/api/v1/contacts/" + one, personas.token(Role.SALES)).status()).isEqualTo(200);
		MvcResult done = page(Role.DPO, post("/contacts/bulk").param("action", "delete").param("ids", one, two)
			.param("confirmed", "true"));
		assertThat(done.getFlashMap().get("notice")).isEqualTo("2 contacts deleted.");
		assertThat(api.get("/api/v1/contacts/" + one, personas.token(Role.SALES)).status()).isEqualTo(404);
		assertThat(actions(two)).contains("DELETE:SUCCESS");
	}

	@Test
	void savedViewsKeepFiltersAndSortButNoSearchTextAndBelongToTheirUser() throws Exception {
		String owner = personas.user(Role.SALES).id().toString();
		MvcResult saved = page(Role.SALES, post("/views").param("list", "contacts").param("name", "My customers")
			.param("sort", "-created").param("filter.stage", "customer").param("filter.owner", owner)
			.param("filter.q", "Lovelace").param("filter.companyName", "Lovelace Ltd"));
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/contacts?view=");
		String id = location.substring("/contacts?view=".length());
		String stored = jdbc.sql("select filters || ' ' || sort from saved_views where id = ?")
			.param(UUID.fromString(id)).query(String.class).single();
		assertThat(stored).contains("stage=customer", "owner=" + owner, "-created").doesNotContain("Lovelace");
		String shown = page(Role.SALES, get(location)).getResponse().getContentAsString();
		assertThat(shown).contains("My customers", "<option value=\"customer\" selected=\"selected\">",
				"<option value=\"-created\" selected=\"selected\">");
		assertThat(page(Role.MARKETING, get(location)).getResponse().getStatus()).isEqualTo(404);
		assertThat(page(Role.MARKETING, post("/views/" + id + "/delete")).getResponse().getStatus()).isEqualTo(404);
		MvcResult nameless = page(Role.SALES, post("/views").param("list", "contacts").param("name", " "));
		assertThat(String.valueOf(nameless.getFlashMap().get("viewProblem"))).contains("name is required");
		assertThat(page(Role.SALES, post("/views/" + id + "/delete")).getResponse().getRedirectedUrl())
			.isEqualTo("/contacts");
		assertThat(page(Role.SALES, get(location)).getResponse().getStatus()).isEqualTo(404);
	}
}
