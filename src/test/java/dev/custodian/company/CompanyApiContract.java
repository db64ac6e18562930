package dev.custodian.company;

import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import dev.custodian.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The company API as a client sees it, run against H2 and PostgreSQL alike.
 */
public abstract class CompanyApiContract extends ApiContract {

	String sales;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
	}

	@Test
	void createReadUpdateAndDeleteKeepingItsContacts() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Response created = api.post("/api/v1/companies", sales, """
				{"name":"Acme %s","domain":"ACME-%s.example","industry":"Tools","sizeBand":"51-200",
				 "phone":"030 1234567","website":"acme.example","address":{"city":"Berlin","country":"DE"}}"""
			.formatted(tag, tag));
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.header("Location")).isEqualTo("/api/v1/companies/" + id);
		assertThat(created.text("domain")).isEqualTo("acme-" + tag + ".example");
		assertThat(created.text("phone")).isEqualTo("+49301234567");
		assertThat(created.text("website")).isEqualTo("https://acme.example");

		String contact = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Employee\",\"companyId\":\"" + id + "\"}")
			.text("id");

		Response patched = api.send(HttpMethod.PATCH, "/api/v1/companies/" + id, sales, "{\"industry\":\"Robotics\"}",
				"If-Match", "\"0\"");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.text("industry")).isEqualTo("Robotics");
		assertThat(patched.text("name")).isEqualTo("Acme " + tag);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/companies/" + id, sales, "{\"name\":\"Acme\"}", "If-Match", "\"0\"")
			.status()).isEqualTo(412);

		Response listed = api.get("/api/v1/companies?q=acme%20" + tag, sales);
		assertThat(listed.json().get("items").get(0).get("id").asString()).isEqualTo(id);

		assertThat(api.delete("/api/v1/companies/" + id, sales).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/companies/" + id, sales).status()).isEqualTo(404);
		Response orphan = api.get("/api/v1/contacts/" + contact, sales);
		assertThat(orphan.status()).isEqualTo(200);
		assertThat(orphan.json().get("companyId").isNull()).isTrue();
	}

	@Test
	void aDomainBelongsToOneCompanyAndInputIsChecked() {
		String domain = "dup-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
		String first = api.post("/api/v1/companies", sales, "{\"name\":\"One\",\"domain\":\"" + domain + "\"}").text("id");
		Response again = api.post("/api/v1/companies", sales, "{\"name\":\"Two\",\"domain\":\"" + domain + "\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("existingCompanyId")).isEqualTo(first);

		Response bad = api.post("/api/v1/companies", sales, "{\"domain\":\"x\",\"sizeBand\":7,\"website\":\"ftp://x\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"name\"", "\"domain\"", "\"sizeBand\"", "\"website\"");
	}

	@Test
	void companiesSortByNameAndPageByCursor() {
		String tag = "srt" + UUID.randomUUID().toString().substring(0, 6);
		for (String name : new String[] { "C", "a", "B" }) {
			api.post("/api/v1/companies", sales, "{\"name\":\"" + tag + " " + name + "\"}");
		}
		Response first = api.get("/api/v1/companies?limit=2&q=" + tag, sales);
		assertThat(first.json().get("items").get(0).get("name").asString()).endsWith(" a");
		assertThat(first.json().get("items").get(1).get("name").asString()).endsWith(" B");
		Response second = api.get("/api/v1/companies?limit=2&q=" + tag + "&cursor=" + first.text("nextCursor"), sales);
		assertThat(second.json().get("items")).hasSize(1);
		assertThat(second.json().get("items").get(0).get("name").asString()).endsWith(" C");
		assertThat(second.json().get("nextCursor").isNull()).isTrue();
	}

	@Test
	void companyPageListsItsPeople() throws Exception {
		String id = api.post("/api/v1/companies", sales, "{\"name\":\"People Inc\"}").text("id");
		api.post("/api/v1/contacts", sales, "{\"firstName\":\"Grace\",\"lastName\":\"Hopper\",\"companyId\":\"" + id + "\"}");
		String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/companies/" + id)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.authentication(personas.session(Role.SALES)))).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("People Inc").contains("Grace Hopper").contains("People (1)");
	}
}
