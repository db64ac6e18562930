package dev.custodian.web;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The administrator's status page, which took the encryption panel over from the dashboard. Runs on H2 and
 * PostgreSQL.
 */
public abstract class StatusPageContract extends ApiContract {

	@Test
	void administratorsSeeVersionKeysAndTheWayToVerifyTheAuditChain() throws Exception {
		String keyId = api.get("/api/v1/admin/keys", personas.token(Role.ADMIN)).text("masterKeyId");
		MockHttpServletResponse status = page("/admin/status", Role.ADMIN);
		assertThat(status.getStatus()).isEqualTo(200);
		assertThat(status.getContentAsString()).contains("<h1>Status</h1>", "Version", "0.1.0", "Running since")
			.contains("Encryption", keyId, "No key waits for rotation")
			.contains("action=\"/audit/verify\"", "Verify the chain", "href=\"/audit\"");
	}

	@Test
	void theDashboardNoLongerShowsKeysButLinksAdministratorsToTheStatusPage() throws Exception {
		String keyId = api.get("/api/v1/admin/keys", personas.token(Role.ADMIN)).text("masterKeyId");
		String dashboard = page("/", Role.ADMIN).getContentAsString();
		assertThat(dashboard).contains("href=\"/admin/status\"").doesNotContain(keyId, "per-person keys");
		for (Role role : new Role[] { Role.DPO, Role.SALES, Role.READ_ONLY }) {
			assertThat(page("/", role).getContentAsString()).as(role.name()).doesNotContain("/admin/status");
			assertThat(page("/admin/status", role).getStatus()).as(role.name()).isEqualTo(403);
		}
	}

	private MockHttpServletResponse page(String path, Role role) throws Exception {
		return mvc.perform(get(path).with(authentication(personas.session(role)))).andReturn().getResponse();
	}
}
