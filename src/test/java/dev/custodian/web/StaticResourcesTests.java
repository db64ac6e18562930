package dev.custodian.web;

import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The static files are served from their own paths, to anyone, cached for a week, the WebJars by a path without
 * their version too; any other path is not looked up as a file (an unknown one is a 404 page, not a file search).
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:static;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY })
@AutoConfigureMockMvc
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Test
	void stylesScriptsIconAndWebJarsAreServedAndCachedForAWeek() throws Exception {
		for (String path : new String[] { "/css/custodian.css", "/css/deal-board.css", "/js/custodian.js",
				"/favicon.svg", "/webjars/htmx.org/dist/htmx.min.js", "/webjars/chart.js/4.4.1/dist/chart.umd.js" }) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getContentAsByteArray()).as(path).isNotEmpty();
			assertThat(response.getHeader("Cache-Control")).as(path).contains("max-age=604800");
		}
	}

	@Test
	void filesAreNotServedFromOutsideTheirFolders() throws Exception {
		for (String path : new String[] { "/application.yml", "/static/css/custodian.css", "/css/../application.yml",
				"/templates/layout.html", "/db/migration/V1__identity.sql" }) {
			MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isIn(302, 400, 404);
			assertThat(response.getContentAsString()).as(path).doesNotContain("spring:", "create table");
		}
	}
}
