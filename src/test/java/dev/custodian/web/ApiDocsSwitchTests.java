package dev.custodian.web;

import dev.custodian.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * {@code CUSTODIAN_API_DOCS_ENABLED=false} takes the OpenAPI document and Swagger UI away, for installations
 * that do not want to publish them. (That they are there by default, {@link ApiDocumentContract} shows.)
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:nodocs;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"custodian.admin-password=" + Personas.ADMIN_PASSWORD, "custodian.master-key=" + Personas.MASTER_KEY,
		"custodian.api-docs.enabled=false" })
@AutoConfigureMockMvc
class ApiDocsSwitchTests {

	@Autowired
	MockMvc mvc;

	@Test
	void switchedOffTheDocumentAndSwaggerUiAreNotFound() throws Exception {
		assertThat(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/swagger-ui.html")).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(mvc.perform(get("/swagger-ui/index.html")).andReturn().getResponse().getStatus()).isEqualTo(404);
	}
}
