package dev.custodian.transfer.export;

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
 * Exporting from the list pages: each list links to its export page, which asks for the purpose, carries the
 * list's filters and downloads the CSV, or shows a large export's progress. Runs on H2 and PostgreSQL.
 */
public abstract class ExportPageContract extends ApiContract {

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(role)))).andReturn().getResponse();
	}

	@Test
	void everyListLinksToItsExportPageWhichRenders() throws Exception {
		for (String list : new String[] { "contacts", "companies", "deals", "tickets" }) {
			String page = send(get("/" + list), Role.ADMIN).getContentAsString();
			assertThat(page).as(list).contains("href=\"/exports/" + list + "/new");
			MockHttpServletResponse export = send(get("/exports/" + list + "/new"), Role.ADMIN);
			assertThat(export.getStatus()).as(list).isEqualTo(200);
			assertThat(export.getContentAsString()).contains("name=\"purpose\"");
		}
		assertThat(send(get("/contacts"), Role.READ_ONLY).getContentAsString()).doesNotContain("/exports/contacts/new");
	}

	@Test
	void theExportPageCarriesTheFiltersAsksForThePurposeAndDownloads() throws Exception {
		String tag = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
		String id = api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"" + tag + "\",\"lifecycleStage\":\"customer\"}").text("id");
		String searched = send(post("/contacts/search").with(csrf()).param("q", tag), Role.SALES).getContentAsString();
		assertThat(searched).contains("action=\"/exports/contacts/new\"").contains("value=\"" + tag + "\"");

		MockHttpServletResponse asked = send(post("/exports/contacts/new").with(csrf()).param("q", tag)
			.param("lifecycleStage", "customer"), Role.SALES);
		assertThat(asked.getContentAsString()).contains("name=\"q\"", "value=\"" + tag + "\"", "1 record");

		MockHttpServletResponse missing = send(post("/exports/contacts").with(csrf()).param("q", tag), Role.SALES);
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("3 to 200 characters").contains("value=\"" + tag + "\"");

		MockHttpServletResponse csv = send(post("/exports/contacts").with(csrf()).param("q", tag)
			.param("lifecycleStage", "customer").param("purpose", "Page check"), Role.SALES);
		assertThat(csv.getStatus()).isEqualTo(200);
		assertThat(csv.getContentType()).startsWith("text/csv");
		assertThat(csv.getHeader("Content-Disposition")).startsWith("attachment; filename=\"contacts-");
		assertThat(csv.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFFID,").contains(id);
		assertThat(send(post("/exports/contacts").with(csrf()).param("purpose", "Page check"), Role.READ_ONLY)
			.getStatus()).isEqualTo(403);
		assertThat(send(get("/audit?subjectId=" + id + "&action=EXPORT"), Role.DPO).getContentAsString())
			.as("the audit page shows the export with its purpose").contains("Page check");
	}

	@Test
	void aLargeExportShowsItsProgressAndThenItsDownloadLink() throws Exception {
		String sales = personas.token(Role.SALES);
		String tag = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
		for (int i = 0; i < 251; i++) {
			api.post("/api/v1/contacts", sales, "{\"lastName\":\"" + tag + "\"}");
		}
		MockHttpServletResponse started = send(post("/exports/contacts").with(csrf()).param("q", tag)
			.param("purpose", "Big page"), Role.SALES);
		assertThat(started.getRedirectedUrl()).startsWith("/exports/jobs/");
		String job = started.getRedirectedUrl();
		String page = send(get(job), Role.SALES).getContentAsString();
		for (int wait = 0; wait < 300 && !page.contains("/download"); wait++) {
			assertThat(page).contains("<progress").contains("hx-trigger=\"every 2s\"").contains("href=\"" + job + "\"");
			Thread.sleep(100);
			page = send(get(job), Role.SALES).getContentAsString();
		}
		assertThat(page).contains("href=\"" + job + "/download\"").contains("251 of 251");
		assertThat(send(get(job).header("HX-Request", "true"), Role.SALES).getContentAsString())
			.doesNotContain("<html").contains("export-progress").doesNotContain("every 2s");
		MockHttpServletResponse file = send(get(job + "/download"), Role.SALES);
		assertThat(file.getStatus()).isEqualTo(200);
		assertThat(file.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).split("\r\n")).hasSize(252);
		assertThat(send(get(job), Role.MARKETING).getStatus()).isEqualTo(404);
	}
}
