package dev.custodian.contact;

import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The contact pages on a whole application with stored data: a duplicate email points at the contact that has
 * it, the edit form round-trips the phone number as people read it, the page leads to the person's audit trail.
 * Runs on H2 and PostgreSQL.
 */
public abstract class ContactPageContract extends ApiContract {

	@Test
	void aDuplicateEmailOnTheFormLinksToTheContactThatHasItAndCreatesNothing() throws Exception {
		String email = "dup-" + UUID.randomUUID() + "@example.org";
		String existing = api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"First\",\"email\":\"" + email + "\"}").text("id");
		long before = contacts();
		MockHttpServletResponse form = send(post("/contacts").with(csrf()).param("lastName", "Second")
			.param("email", email.toUpperCase()), Role.MARKETING);
		assertThat(form.getStatus()).isEqualTo(200);
		assertThat(form.getContentAsString()).contains("another contact has this email", "open it",
				"href=\"/contacts/" + existing + "\"");
		assertThat(contacts()).isEqualTo(before);
		assertThat(send(get("/contacts/" + existing), Role.MARKETING).getStatus()).isEqualTo(200);
	}

	@Test
	void theEditFormShowsThePhoneAsPeopleReadItAndSavingItKeepsTheNumber() throws Exception {
		String id = api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"Phoned\",\"phone\":\"+442079460958\"}").text("id");
		String edit = send(get("/contacts/" + id + "/edit"), Role.SUPPORT).getContentAsString();
		assertThat(edit).contains("value=\"+44 20 7946 0958\"");
		MockHttpServletResponse saved = send(post("/contacts/" + id).with(csrf()).param("version", "0")
			.param("lastName", "Phoned").param("phone", "+44 20 7946 0958").param("lifecycleStage", "lead"),
				Role.SUPPORT);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/contacts/" + id);
		assertThat(api.get("/api/v1/contacts/" + id, personas.token(Role.SALES)).text("phone"))
			.isEqualTo("+442079460958");
	}

	@Test
	void theContactPageLeadsToThePersonsAuditTrail() throws Exception {
		String id = api.post("/api/v1/contacts", personas.token(Role.SALES), "{\"lastName\":\"Traced\"}").text("id");
		String link = "/audit?subjectId=" + id;
		assertThat(send(get("/contacts/" + id), Role.DPO).getContentAsString()).contains("href=\"" + link + "\"");
		assertThat(send(get("/contacts/" + id), Role.SALES).getContentAsString()).doesNotContain(link);
		MockHttpServletResponse trail = send(get(link), Role.DPO);
		assertThat(trail.getStatus()).isEqualTo(200);
		assertThat(trail.getContentAsString()).contains("CREATE", "READ");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(role)))).andReturn().getResponse();
	}

	private long contacts() {
		return jdbc.sql("select count(*) from contacts").query(Long.class).single();
	}
}
