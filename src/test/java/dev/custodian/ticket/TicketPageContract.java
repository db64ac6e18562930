package dev.custodian.ticket;

import java.time.Duration;
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
 * The ticket pages on a whole application with stored data: the queues mark breached tickets in words and page
 * through with "Show more", the ticket page shows the clocks and takes quick changes, the form names every problem,
 * the contact page lists the person's tickets, and administrators set the targets. Runs on H2 and PostgreSQL.
 */
public abstract class TicketPageContract extends ApiContract {

	String contact() {
		return api.post("/api/v1/contacts", personas.token(Role.ADMIN),
				"{\"lastName\":\"Paged\",\"email\":\"paged-" + UUID.randomUUID() + "@example.org\"}").text("id");
	}

	String ticket(String requester, String subject, String priority) {
		return api.post("/api/v1/tickets", personas.token(Role.SUPPORT), "{\"subject\":\"" + subject
				+ "\",\"priority\":\"" + priority + "\",\"channel\":\"web\",\"requesterId\":\"" + requester + "\"}")
			.text("id");
	}

	@Test
	void theBreachedQueueSaysInWordsWhichTicketsBreachedAndPagesOn() throws Exception {
		String requester = contact();
		String late = ticket(requester, "Late reply wanted", "urgent");
		TicketTime.age(jdbc, late, Duration.ofHours(1));
		MockHttpServletResponse queue = send(get("/tickets?queue=breached"), Role.READ_ONLY);
		assertThat(queue.getStatus()).isEqualTo(200);
		String body = queue.getContentAsString();
		assertThat(body).contains("href=\"/tickets/" + late + "\"", "Late reply wanted", "Breached");
		for (String q : new String[] { "all", "unassigned", "mine", "open" }) {
			assertThat(send(get("/tickets?queue=" + q), Role.SALES).getStatus()).as(q).isEqualTo(200);
		}
		for (int i = 0; i < 26; i++) {
			ticket(requester, "Many " + i, "low");
		}
		String all = send(get("/tickets?queue=all&sort=-number"), Role.SUPPORT).getContentAsString();
		assertThat(all).contains("Show more", "name=\"cursor\"");
		String cursor = all.replaceAll("(?s).*name=\"cursor\" value=\"([^\"]+)\".*", "$1");
		MockHttpServletResponse more = send(post("/tickets/search").with(csrf()).param("queue", "all")
			.param("sort", "-number").param("cursor", cursor).header("HX-Request", "true"), Role.SUPPORT);
		assertThat(more.getStatus()).isEqualTo(200);
		assertThat(more.getContentAsString()).contains("data-item").doesNotContain("<html");
	}

	@Test
	void theTicketPageShowsItsClocksAndTakesQuickChanges() throws Exception {
		String id = ticket(contact(), "Quick change me", "normal");
		String page = send(get("/tickets/" + id), Role.SUPPORT).getContentAsString();
		assertThat(page).contains("Quick change me", "First response", "Resolution", "On track", "Paged");
		MockHttpServletResponse changed = send(post("/tickets/" + id + "/quick").with(csrf()).param("version", "0")
			.param("field", "status").param("value", "pending"), Role.SUPPORT);
		assertThat(changed.getRedirectedUrl()).isEqualTo("/tickets/" + id);
		assertThat(send(get("/tickets/" + id), Role.SUPPORT).getContentAsString()).contains("Pending", "clock paused");
		MockHttpServletResponse refused = send(post("/tickets/" + id + "/quick").with(csrf()).param("version", "1")
			.param("field", "status").param("value", "new"), Role.SUPPORT);
		assertThat(refused.getRedirectedUrl()).isEqualTo("/tickets/" + id);
		assertThat(api.get("/api/v1/tickets/" + id, personas.token(Role.SUPPORT)).text("status")).isEqualTo("pending");
		assertThat(send(get("/tickets/" + id), Role.SALES).getContentAsString()).doesNotContain("Quick changes");
	}

	@Test
	void theFormNamesEveryProblemAndOpensTheTicketFromTheContact() throws Exception {
		String requester = contact();
		String form = send(get("/tickets/new?requester=" + requester), Role.SUPPORT).getContentAsString();
		assertThat(form).contains("Paged", "value=\"" + requester + "\"");
		MockHttpServletResponse invalid = send(post("/tickets").with(csrf()).param("requesterId", requester)
			.param("subject", "").param("priority", "normal").param("channel", "web").param("tags", "bad tag!"),
				Role.SUPPORT);
		assertThat(invalid.getStatus()).isEqualTo(200);
		assertThat(invalid.getContentAsString()).contains("There is a problem", "href=\"#subject\"", "href=\"#tags\"");
		MockHttpServletResponse created = send(post("/tickets").with(csrf()).param("requesterId", requester)
			.param("subject", "From the page").param("priority", "high").param("channel", "chat")
			.param("tags", "web, chat"), Role.SUPPORT);
		assertThat(created.getRedirectedUrl()).startsWith("/tickets/");
		String contactPage = send(get("/contacts/" + requester), Role.SUPPORT).getContentAsString();
		assertThat(contactPage).contains("hx-get=\"/tickets/of/contact/" + requester + "\"");
		String section = send(get("/tickets/of/contact/" + requester).header("HX-Request", "true"), Role.SUPPORT)
			.getContentAsString();
		assertThat(section).contains("From the page").doesNotContain("<html");
		assertThat(send(get("/tickets/of/contact/" + requester), Role.SUPPORT).getContentAsString())
			.contains("<html", "From the page");
	}

	@Test
	void anAgentOpensATicketForTheContactWhoseEmailTheyType() throws Exception {
		String email = "caller-" + UUID.randomUUID() + "@example.org";
		String requester = api.post("/api/v1/contacts", personas.token(Role.ADMIN),
				"{\"lastName\":\"Caller\",\"email\":\"" + email + "\"}").text("id");
		MockHttpServletResponse created = send(post("/tickets").with(csrf())
			.param("requesterId", " " + email.toUpperCase())
			.param("subject", "Phoned in").param("priority", "normal").param("channel", "phone"), Role.SUPPORT);
		assertThat(created.getRedirectedUrl()).startsWith("/tickets/");
		String ticket = created.getRedirectedUrl().substring("/tickets/".length());
		assertThat(api.get("/api/v1/tickets/" + ticket, personas.token(Role.SUPPORT)).text("requesterId"))
			.isEqualTo(requester);

		long before = jdbc.sql("select count(*) from tickets").query(Long.class).single();
		MockHttpServletResponse unknown = send(post("/tickets").with(csrf()).param("requesterId", "nobody@example.org")
			.param("subject", "Phoned in").param("priority", "normal").param("channel", "phone"), Role.SUPPORT);
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(unknown.getContentAsString()).contains("There is a problem", "href=\"#requesterId\"",
				"names no contact with this email");
		assertThat(jdbc.sql("select count(*) from tickets").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void administratorsSetTheTargetsOnTheirPage() throws Exception {
		MockHttpServletResponse page = send(get("/admin/sla"), Role.ADMIN);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("urgent.firstResponse", "value=\"30\"");
		assertThat(send(get("/admin/sla"), Role.SUPPORT).getStatus()).isEqualTo(403);
		long version = api.get("/api/v1/sla-targets", personas.token(Role.ADMIN)).json().size() >= 0
				? Long.parseLong(api.get("/api/v1/sla-targets", personas.token(Role.ADMIN)).header("ETag").replace("\"", ""))
				: 0;
		MockHttpServletResponse invalid = send(post("/admin/sla").with(csrf()).param("version", String.valueOf(version))
			.param("low.firstResponse", "480").param("low.resolution", "2880").param("normal.firstResponse", "240")
			.param("normal.resolution", "1440").param("high.firstResponse", "60").param("high.resolution", "480")
			.param("urgent.firstResponse", "0").param("urgent.resolution", "soon"), Role.ADMIN);
		assertThat(invalid.getStatus()).isEqualTo(200);
		assertThat(invalid.getContentAsString()).contains("href=\"#urgent.resolution\"");
		assertThat(api.get("/api/v1/sla-targets", personas.token(Role.ADMIN)).header("ETag"))
			.isEqualTo("\"" + version + "\"");
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(role)))).andReturn().getResponse();
	}
}
