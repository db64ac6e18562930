package dev.custodian.privacy;

import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The data-subject pages, on H2 and PostgreSQL: the contact page leads those who may act on subjects to everything
 * held about the person and to restricting it; a restricted contact says so, and its form, deletion and bulk
 * changes refuse with a plain message until the restriction is lifted.
 */
public abstract class SubjectPagesContract extends ApiContract {

	String contact(String tag) {
		return api.post("/api/v1/contacts", personas.token(Role.SALES), """
				{"firstName":"Ada","lastName":"Byron-%s","email":"ada-%s@example.org","jobTitle":"Analyst"}"""
			.formatted(tag, tag)).text("id");
	}

	@Test
	void theContactPageLeadsToEverythingHeldAboutThePersonForThoseWhoMayActOnSubjects() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String id = contact(tag);
		String data = "/subjects/" + id + "/data";
		String detail = send(get("/contacts/" + id), Role.DPO).getContentAsString();
		assertThat(detail).contains("href=\"" + data + "\"", "Data held about this person", "Restrict processing",
				"action=\"/subjects/" + id + "/restriction\"");
		assertThat(send(get("/contacts/" + id), Role.SALES).getContentAsString()).doesNotContain(data,
				"Restrict processing");

		MockHttpServletResponse page = send(get(data), Role.DPO);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("<h1>Data held about this person</h1>", "ada-" + tag
				+ "@example.org", "contact.email", "identity.name", "professional.job_title", "Audit trail: who read",
				"CREATE", "not personal");
		assertThat(send(get(data).header("Accept-Language", "de"), Role.ADMIN).getContentAsString())
			.contains("Gespeicherte Daten über diese Person", "nicht personenbezogen");
		assertThat(send(get(data), Role.SALES).getStatus()).isEqualTo(403);
		assertThat(send(get("/subjects/" + UUID.randomUUID() + "/data"), Role.DPO).getStatus()).isEqualTo(404);
	}

	@Test
	void aRestrictedContactSaysSoAndItsFormDeletionAndBulkChangesRefuseUntilLifted() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String id = contact(tag);
		MockHttpServletResponse restricted = send(post("/subjects/" + id + "/restriction").with(csrf())
			.param("restricted", "true").param("next", "/contacts/" + id), Role.DPO);
		assertThat(restricted.getRedirectedUrl()).isEqualTo("/contacts/" + id);

		String detail = send(get("/contacts/" + id), Role.SUPPORT).getContentAsString();
		assertThat(detail).contains("Processing restricted (Art. 18) since", "Byron-" + tag)
			.doesNotContain("href=\"/contacts/" + id + "/edit\"");
		assertThat(send(get("/contacts/" + id), Role.DPO).getContentAsString()).contains("Lift restriction",
				"href=\"/subjects/" + id + "/data\"");
		// an administrator may lift it, but only the DPO sees a restricted person's data
		assertThat(send(get("/contacts/" + id), Role.ADMIN).getContentAsString()).contains("Lift restriction")
			.doesNotContain("href=\"/subjects/" + id + "/data\"");

		MockHttpServletResponse edit = send(post("/contacts/" + id).with(csrf()).param("version", "1")
			.param("lastName", "Changed").param("lifecycleStage", "lead"), Role.SUPPORT);
		assertThat(edit.getStatus()).isEqualTo(409);
		assertThat(edit.getContentAsString()).contains("Processing is restricted",
				"it can only be stored until the restriction is lifted");
		assertThat(send(get("/contacts/" + id + "/edit"), Role.SUPPORT).getStatus()).isEqualTo(409);
		assertThat(send(post("/contacts/" + id + "/delete").with(csrf()), Role.DPO).getStatus()).isEqualTo(409);

		MvcResult bulk = mvc.perform(post("/contacts/bulk").with(csrf()).param("action", "stage")
			.param("stage", "customer").param("ids", id).with(authentication(personas.session(Role.DPO))))
			.andReturn();
		assertThat(bulk.getResponse().getRedirectedUrl()).isEqualTo("/contacts");
		assertThat(String.valueOf(bulk.getFlashMap().get("problem"))).contains("restricted (Art. 18)");
		assertThat(api.get("/api/v1/contacts/" + id, personas.token(Role.DPO)).text("lastName"))
			.isEqualTo("Byron-" + tag);

		MockHttpServletResponse lifted = send(post("/subjects/" + id + "/restriction").with(csrf())
			.param("restricted", "false").param("next", "https://elsewhere.example/"), Role.ADMIN);
		assertThat(lifted.getRedirectedUrl()).isEqualTo("/subjects/" + id + "/data");
		assertThat(send(post("/contacts/" + id).with(csrf()).param("version", "2").param("lastName", "Lovelace")
			.param("lifecycleStage", "lead"), Role.SUPPORT).getRedirectedUrl()).isEqualTo("/contacts/" + id);
		assertThat(api.send(HttpMethod.GET, "/api/v1/contacts/" + id, personas.token(Role.SALES), null)
			.text("lastName")).isEqualTo("Lovelace");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(role)))).andReturn().getResponse();
	}
}
