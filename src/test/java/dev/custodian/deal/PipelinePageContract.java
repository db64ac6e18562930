package dev.custodian.deal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The administrators' pipeline page, on H2 and PostgreSQL: it lists every pipeline with its stages in English and
 * German, under Administration; its forms add pipelines and stages, change and move stages, report bad input in
 * words, and remove a stage only after asking, offering to move the deals it holds.
 */
public abstract class PipelinePageContract extends ApiContract {

	@Autowired
	DealsHeldForTests deals;

	private final List<String> added = new ArrayList<>();

	@AfterEach
	void removeAdded() {
		deals.clear();
		added.forEach(id -> api.delete("/api/v1/pipelines/" + id, personas.token(Role.ADMIN)));
		added.clear();
	}

	private JsonNode pipeline() {
		JsonNode created = api.post("/api/v1/pipelines", personas.token(Role.ADMIN), "{\"name\":\"Page "
				+ UUID.randomUUID() + "\",\"stages\":[{\"name\":\"Lead\",\"probability\":10},"
				+ "{\"name\":\"Proposal\",\"probability\":50},{\"name\":\"Won\",\"probability\":100}]}").json();
		added.add(created.get("id").asString());
		return created;
	}

	private JsonNode read(String id) {
		return api.get("/api/v1/pipelines/" + id, personas.token(Role.ADMIN)).json();
	}

	private static List<String> stages(JsonNode pipeline) {
		List<String> names = new ArrayList<>();
		pipeline.get("stages").forEach(s -> names.add(s.get("name").asString() + ":" + s.get("probability").asInt()));
		return names;
	}

	@Test
	void thePageListsThePipelinesWithTheirStagesInEitherLanguage() throws Exception {
		MockHttpServletResponse en = send(get("/admin/pipelines"), Role.ADMIN, "en");
		assertThat(en.getStatus()).isEqualTo(200);
		assertThat(en.getContentAsString()).contains("<h1>Pipelines</h1>", "Stages of Sales", "value=\"Negotiation\"",
				"value=\"75\"", "Add the stage");
		assertThat(send(get("/admin/pipelines"), Role.ADMIN, "de").getContentAsString())
			.contains("Phasen von Sales", "Gewinnwahrscheinlichkeit (%)", "Phase hinzufügen");
		assertThat(send(get("/"), Role.ADMIN, "en").getContentAsString()).contains("href=\"/admin/pipelines\"");
		assertThat(send(get("/"), Role.SALES, "en").getContentAsString()).doesNotContain("href=\"/admin/pipelines\"");
		assertThat(send(get("/admin/pipelines"), Role.SALES, "en").getStatus()).isEqualTo(403);
	}

	@Test
	void formsAddChangeAndMoveStagesAndSayWhatIsWrong() throws Exception {
		JsonNode created = pipeline();
		String id = created.get("id").asString();
		String base = "/admin/pipelines/" + id;
		MockHttpServletResponse added = send(post(base + "/stages").param("version", "0").param("name", "Demo")
			.param("probability", "40"), Role.ADMIN, "en");
		assertThat(added.getRedirectedUrl()).isEqualTo("/admin/pipelines");
		assertThat(stages(read(id))).containsExactly("Lead:10", "Proposal:50", "Won:100", "Demo:40");

		String demo = read(id).get("stages").get(3).get("id").asString();
		send(post(base + "/stages/" + demo + "/move").param("version", "1").param("direction", "up"), Role.ADMIN, "en");
		send(post(base + "/stages/" + demo).param("version", "2").param("name", "Demo call").param("probability", "30"),
				Role.ADMIN, "en");
		assertThat(stages(read(id))).containsExactly("Lead:10", "Proposal:50", "Demo call:30", "Won:100");

		MockHttpServletResponse shown = send(post(base + "/stages").param("version", "3").param("name", "Far")
			.param("probability", "150"), Role.ADMIN, "de");
		assertThat(shown.getContentAsString()).contains("Gewinnwahrscheinlichkeit: muss zwischen 0 und 100 liegen");
		MvcResult stale = perform(post(base + "/stages").param("version", "0").param("name", "Late")
			.param("probability", "5"), "en");
		assertThat(String.valueOf(stale.getFlashMap().get("problem"))).contains("changed the pipeline meanwhile");
		assertThat(read(id).get("version").asLong()).isEqualTo(3);
	}

	@Test
	void removingAStageAsksFirstAndOffersToMoveItsDeals() throws Exception {
		JsonNode created = pipeline();
		String id = created.get("id").asString();
		String proposal = created.get("stages").get(1).get("id").asString();
		String lead = created.get("stages").get(0).get("id").asString();
		deals.put(UUID.fromString(proposal), 4);
		String confirm = "/admin/pipelines/" + id + "/stages/" + proposal + "/remove";
		String page = send(get(confirm), Role.ADMIN, "en").getContentAsString();
		assertThat(page).contains("Remove the stage Proposal from", "4 deals are in this stage", "name=\"moveDealsTo\"",
				"Move the deals and remove the stage");
		assertThat(send(get(confirm), Role.ADMIN, "de").getContentAsString()).contains("In dieser Phase sind 4 Deals");

		assertThat(send(post(confirm).param("version", "0"), Role.ADMIN, "en").getRedirectedUrl()).isEqualTo(confirm);
		assertThat(stages(read(id))).hasSize(3);
		send(post(confirm).param("version", "0").param("moveDealsTo", lead), Role.ADMIN, "en");
		assertThat(stages(read(id))).containsExactly("Lead:10", "Won:100");
		assertThat(deals.dealsIn(UUID.fromString(lead))).isEqualTo(4);
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, String language) throws Exception {
		return mvc.perform(request.header("Accept-Language", language).with(csrf())
			.with(authentication(personas.session(Role.ADMIN)))).andReturn();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role, String language)
			throws Exception {
		return mvc.perform(request.header("Accept-Language", language).with(csrf())
			.with(authentication(personas.session(role)))).andReturn().getResponse();
	}
}
