package dev.custodian.company;

import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A sole trader whose data is restricted (Art. 18) is only stored: the API and the pages refuse to change or delete
 * it, and lists leave it out for everyone but the data-protection officer, until the restriction is lifted.
 */
public abstract class CompanyRestrictionContract extends ApiContract {

	@Autowired
	CompanyDataHolder holder;

	@Autowired
	TransactionTemplate transactions;

	String sales;

	String dpo;

	String tag;

	String id;

	@BeforeEach
	void restrictedSoleTrader() {
		sales = personas.token(Role.SALES);
		dpo = personas.token(Role.DPO);
		tag = "rs" + UUID.randomUUID().toString().substring(0, 8);
		id = api.post("/api/v1/companies", sales, "{\"name\":\"" + tag + " Plumbing\",\"soleTrader\":true,"
				+ "\"phone\":\"+44 20 7946 0958\"}").text("id");
		transactions.executeWithoutResult(status -> holder.restrict(UUID.fromString(id)));
	}

	private MvcResult perform(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(role))).with(csrf())).andReturn();
	}

	private MockHttpServletResponse page(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return perform(request, role).getResponse();
	}

	/** Asserts that a page request was sent back to {@code to}, with a message saying why nothing changed. */
	private void refused(MockHttpServletRequestBuilder request, String to, String saying) throws Exception {
		MvcResult result = perform(request, Role.SALES);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(to);
		assertThat(String.valueOf(result.getFlashMap().get("problem"))).contains(saying);
	}

	@Autowired
	CompanyLinks links;

	/** What other records show for a company they name: its name, but not a restricted one's but to the DPO. */
	@Test
	void otherRecordsShowItsNameOnlyToTheDataProtectionOfficer() {
		String other = api.post("/api/v1/companies", sales, "{\"name\":\"" + tag + " Open Ltd\"}").text("id");
		java.util.List<UUID> ids = java.util.List.of(UUID.fromString(id), UUID.fromString(other), UUID.randomUUID());
		assertThat(as(Role.SALES, () -> links.labels(ids))).containsOnlyKeys(UUID.fromString(other))
			.containsValue(tag + " Open Ltd");
		assertThat(as(Role.DPO, () -> links.labels(ids))).containsOnlyKeys(UUID.fromString(id), UUID.fromString(other))
			.containsEntry(UUID.fromString(id), tag + " Plumbing");
	}

	private <T> T as(Role role, java.util.function.Supplier<T> work) {
		var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
		context.setAuthentication(personas.session(role));
		org.springframework.security.core.context.SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	@Test
	void theApiRefusesToChangeOrDeleteItUntilTheRestrictionIsLifted() {
		Response read = api.get("/api/v1/companies/" + id, sales);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("restricted").asBoolean()).isTrue();
		String etag = read.header("ETag");

		Response patch = api.send(HttpMethod.PATCH, "/api/v1/companies/" + id, sales, "{\"industry\":\"Gas\"}",
				"If-Match", etag);
		assertThat(patch.status()).isEqualTo(409);
		assertThat(patch.contentType()).startsWith("application/problem+json");
		assertThat(patch.text("detail")).isEqualTo("This person's data is restricted (Art. 18): it can only be "
				+ "stored until the restriction is lifted");
		assertThat(api.send(HttpMethod.PUT, "/api/v1/companies/" + id, sales, "{\"name\":\"Other\"}", "If-Match", etag)
			.status()).isEqualTo(409);
		assertThat(api.delete("/api/v1/companies/" + id, personas.token(Role.ADMIN)).status()).isEqualTo(409);
		Response unchanged = api.get("/api/v1/companies/" + id, sales);
		assertThat(unchanged.json().get("industry").isNull()).isTrue();
		assertThat(unchanged.header("ETag")).isEqualTo(etag);

		transactions.executeWithoutResult(status -> holder.lift(UUID.fromString(id)));
		Response lifted = api.get("/api/v1/companies/" + id, sales);
		assertThat(lifted.json().get("restricted").asBoolean()).isFalse();
		assertThat(api.send(HttpMethod.PATCH, "/api/v1/companies/" + id, sales, "{\"industry\":\"Gas\"}", "If-Match",
				lifted.header("ETag")).status()).isEqualTo(200);
	}

	@Test
	void listsAndCountsLeaveItOutForEveryoneButTheDataProtectionOfficer() throws Exception {
		Response forSales = api.get("/api/v1/companies?q=" + tag, sales);
		assertThat(forSales.json().get("items")).isEmpty();
		assertThat(forSales.json().get("total").asLong()).isZero();
		assertThat(api.get("/api/v1/companies?q=" + tag, personas.token(Role.ADMIN)).json().get("total").asLong())
			.isZero();

		Response forDpo = api.get("/api/v1/companies?q=" + tag, dpo);
		assertThat(forDpo.json().get("total").asLong()).isEqualTo(1);
		assertThat(forDpo.json().get("items").get(0).get("restricted").asBoolean()).isTrue();

		assertThat(page(get("/companies").param("q", tag), Role.SALES).getContentAsString()).doesNotContain(id);
		assertThat(page(get("/companies").param("q", tag), Role.DPO).getContentAsString()).contains(id, "Restricted");
	}

	@Test
	void thePagesSaySoAndChangeNothing() throws Exception {
		String detail = page(get("/companies/" + id), Role.SALES).getContentAsString();
		assertThat(detail).contains("id=\"restricted\"", "(Art. 18)").doesNotContain(">Edit<", ">Delete<");

		String self = "/companies/" + id;
		refused(get(self + "/edit"), self, "restricted (Art. 18)");
		refused(post(self).param("version", "1").param("name", "Renamed"), self, "restricted (Art. 18)");
		refused(post(self + "/delete"), self, "restricted (Art. 18)");
		refused(post("/companies/bulk").param("action", "delete").param("ids", id).param("confirmed", "true"),
				"/companies", "restricted (Art. 18)");

		assertThat(api.get("/api/v1/companies/" + id, sales).text("name")).isEqualTo(tag + " Plumbing");
	}

	@Test
	void theDataProtectionOfficerLiftsAndRestoresTheRestrictionFromTheSoleTradersPage() throws Exception {
		String shown = page(get("/companies/" + id), Role.DPO).getContentAsString();
		assertThat(shown).contains("Lift restriction").contains("/subjects/" + id + "/data");
		assertThat(page(get("/companies/" + id), Role.SALES).getContentAsString()).doesNotContain("Lift restriction")
			.doesNotContain("/subjects/" + id + "/data");

		MvcResult lifted = perform(post("/subjects/" + id + "/restriction").param("restricted", "false")
			.param("next", "/companies/" + id), Role.DPO);
		assertThat(lifted.getResponse().getRedirectedUrl()).isEqualTo("/companies/" + id);
		assertThat(api.get("/api/v1/companies/" + id, sales).json().get("restricted").asBoolean()).isFalse();
		assertThat(page(get("/companies/" + id), Role.DPO).getContentAsString()).contains("Restrict processing");

		perform(post("/subjects/" + id + "/restriction").param("restricted", "true").param("next", "/companies/" + id),
				Role.DPO);
		assertThat(api.get("/api/v1/companies/" + id, sales).json().get("restricted").asBoolean()).isTrue();
	}
}
