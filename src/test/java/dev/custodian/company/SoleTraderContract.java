package dev.custodian.company;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder.ErasureOutcome;
import dev.custodian.catalog.PersonalDataHolder.ExportedRecord;
import dev.custodian.catalog.PersonalDataHolder.ExportedValue;
import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sole traders as a client and the privacy module see them, on H2 and PostgreSQL alike: a data subject whose
 * contact details are sealed (as every company's are), exported, erased and restricted through the company
 * module's personal-data holder.
 */
public abstract class SoleTraderContract extends ApiContract {

	@Autowired
	CompanyDataHolder holder;

	@Autowired
	Vault vault;

	@Autowired
	TransactionTemplate transactions;

	String sales;

	String dpo;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
		dpo = personas.token(Role.DPO);
	}

	static String tag() {
		return "st" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A sole trader with every field filled in; its name starts with the tag. */
	String soleTrader(String tag) {
		Response created = api.post("/api/v1/companies", sales, """
				{"name":"%s Books","soleTrader":true,"domain":"%s.example","industry":"Bookkeeping",
				 "sizeBand":"1-10","phone":"+44 20 7946 0958","email":"%s@books.example",
				 "website":"https://%s.example","address":{"street":"%s Street 1","city":"%scity",
				 "postalCode":"SW1Y 4LB","country":"GB"}}""".formatted(tag, tag, tag, tag, tag, tag));
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	private byte[] stored(String column, String id) {
		return jdbc.sql("select " + column + " from companies where id = ?").param(UUID.fromString(id))
			.query(byte[].class)
			.single();
	}

	private long dataKeys(String id) {
		return jdbc.sql("select count(*) from vault.data_keys where subject_id = ?").param(UUID.fromString(id))
			.query(Long.class)
			.single();
	}

	@Test
	void aSoleTraderIsADataSubjectWhoseDetailsAreStoredSealedAndWhoseReadsAreAudited() {
		String tag = tag();
		String id = soleTrader(tag);
		Response read = api.get("/api/v1/companies/" + id, sales);
		assertThat(read.json().get("soleTrader").asBoolean()).isTrue();
		assertThat(read.text("subjectId")).isEqualTo(id);
		assertThat(read.text("email")).isEqualTo(tag + "@books.example");
		assertThat(read.text("phone")).isEqualTo("+442079460958");
		assertThat(read.json().get("address").get("city").asString()).isEqualTo(tag + "city");
		assertThat(read.json().get("restricted").asBoolean()).isFalse();

		for (String column : List.of("phone", "email", "street", "city")) {
			assertThat(new String(stored(column, id), StandardCharsets.ISO_8859_1)).as(column)
				.doesNotContain(tag)
				.doesNotContain("2079460958");
		}
		assertThat(dataKeys(id)).isEqualTo(1);

		List<String> actions = new ArrayList<>();
		for (JsonNode entry : api.get("/api/v1/audit/events?subjectId=" + id, dpo).json().get("items")) {
			actions.add(entry.get("action").asString() + " " + entry.get("resourceType").asString());
		}
		assertThat(actions).contains("CREATE company", "READ company");
	}

	@Test
	void anOrganisationIsNoDataSubjectYetItsDetailsAreSealedToo() {
		String tag = tag();
		Response created = api.post("/api/v1/companies", sales, """
				{"name":"%s Ltd","phone":"+44 20 7946 0000","email":"office@%s.example",
				 "address":{"city":"%scity","country":"GB"}}""".formatted(tag, tag, tag));
		String id = created.text("id");
		assertThat(created.json().get("soleTrader").asBoolean()).isFalse();
		assertThat(created.json().get("subjectId").isNull()).isTrue();
		assertThat(new String(stored("city", id), StandardCharsets.ISO_8859_1)).doesNotContain(tag);
		assertThat(holder.export(UUID.fromString(id))).isEmpty();

		Response patched = api.send(HttpMethod.PATCH, "/api/v1/companies/" + id, sales, "{\"soleTrader\":true}",
				"If-Match", "\"0\"");
		assertThat(patched.text("subjectId")).isEqualTo(id);
		assertThat(patched.text("email")).isEqualTo("office@" + tag + ".example");
	}

	@Test
	void theFormCreatesASoleTraderAndThePageSaysWhatThatMeans() throws Exception {
		String tag = tag();
		String location = mvc.perform(post("/companies").param("name", tag + " Design").param("soleTrader", "true")
			.param("email", tag + "@design.example").param("address.city", "Leeds")
			.with(authentication(personas.session(Role.SALES))).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/companies/");
		String id = location.substring("/companies/".length());
		Response read = api.get("/api/v1/companies/" + id, sales);
		assertThat(read.text("subjectId")).isEqualTo(id);
		assertThat(read.text("email")).isEqualTo(tag + "@design.example");

		String detail = mvc.perform(get(location).with(authentication(personas.session(Role.SALES))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains("Sole trader", tag + "@design.example", "Leeds");
		String form = mvc.perform(get(location + "/edit").with(authentication(personas.session(Role.SALES))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).containsPattern("id=\"soleTrader\"[^>]*checked");
	}

	@Test
	void listsKeepToOneKindOfCompanyWhenAskedAndNoLongerSortByCity() {
		String tag = tag();
		String person = soleTrader(tag);
		String organisation = api.post("/api/v1/companies", sales, "{\"name\":\"" + tag + " Org\"}").text("id");
		Response soleTraders = api.get("/api/v1/companies?soleTrader=true&q=" + tag, sales);
		assertThat(soleTraders.body()).contains(person).doesNotContain(organisation);
		assertThat(soleTraders.json().get("total").asLong()).isEqualTo(1);
		assertThat(api.get("/api/v1/companies?soleTrader=false&q=" + tag, sales).body()).contains(organisation)
			.doesNotContain(person);
		assertThat(api.get("/api/v1/companies?q=" + tag, sales).json().get("total").asLong()).isEqualTo(2);

		Response bad = api.get("/api/v1/companies?soleTrader=maybe&sort=city", sales);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"soleTrader\"", "\"sort\"");
	}

	@Test
	void theExportOfASoleTraderHoldsEveryDeclaredFieldTaggedWithItsCategory() {
		String tag = tag();
		UUID id = UUID.fromString(soleTrader(tag));
		transactions.executeWithoutResult(status -> holder.restrict(id)); // restricted people are exported too
		List<ExportedRecord> export = transactions.execute(status -> holder.export(id));

		assertThat(export).hasSize(1);
		ExportedRecord record = export.get(0);
		assertThat(record.recordType()).isEqualTo("company");
		assertThat(record.id()).isEqualTo(id.toString());
		List<String> declared = CompanyDeclarations.FIELDS.stream()
			.filter(f -> f.table().equals("companies"))
			.filter(f -> !f.field().equals("origin")) // typed in, not imported: it has no origin
			.map(f -> f.field())
			.toList();
		assertThat(record.values()).extracting(ExportedValue::field).containsExactlyElementsOf(declared);
		Map<String, ExportedValue> byField = new java.util.HashMap<>();
		record.values().forEach(v -> byField.put(v.field(), v));
		assertThat(byField.get("email").value()).isEqualTo(tag + "@books.example");
		assertThat(byField.get("email").category()).isEqualTo("contact.email");
		assertThat(byField.get("phone").value()).isEqualTo("+442079460958");
		assertThat(byField.get("phone").category()).isEqualTo("contact.phone");
		assertThat(byField.get("address.city").value()).isEqualTo(tag + "city");
		assertThat(byField.get("address.city").category()).isEqualTo("contact.address");
		assertThat(byField.get("name").value()).isEqualTo(tag + " Books");
		assertThat(byField.get("name").category()).isNull();
		assertThat(byField.get("subject_id").value()).isEqualTo(id.toString());
	}

	@Test
	void erasingASoleTraderDeletesItKeepsItsPeopleAndShredsItsKey() {
		String id = soleTrader(tag());
		String contact = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Helper\",\"companyId\":\"" + id + "\"}")
			.text("id");
		UUID subject = UUID.fromString(id);

		ErasureOutcome outcome = transactions.execute(status -> holder.erase(subject));
		assertThat(outcome.module()).isEqualTo("company");
		assertThat(outcome.erased()).isEqualTo(1);
		assertThat(outcome.kept()).isEmpty();
		assertThat(api.get("/api/v1/companies/" + id, sales).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/contacts/" + contact, sales).json().get("companyId").isNull()).isTrue();
		assertThat(dataKeys(id)).isZero();
		assertThat(vault.erasures()).contains(subject);
		assertThat(transactions.execute(status -> holder.erase(subject)).erased()).isZero();
		assertThat(holder.export(subject)).isEmpty();
	}

	@Test
	void aDeletedSoleTraderBroughtBackByABackupIsDeletedAgainAtStart(@Autowired List<ApplicationRunner> runners)
			throws Exception {
		String id = soleTrader(tag());
		UUID subject = UUID.fromString(id);
		Map<String, Object> backup = jdbc.sql("select * from companies where id = ?").param(subject).query().singleRow();
		assertThat(api.delete("/api/v1/companies/" + id, sales).status()).isEqualTo(204);
		assertThat(dataKeys(id)).isZero();
		assertThat(vault.erasures()).contains(subject);

		StringBuilder columns = new StringBuilder();
		StringBuilder marks = new StringBuilder();
		backup.keySet().forEach(column -> {
			columns.append(columns.isEmpty() ? "" : ", ").append(column);
			marks.append(marks.isEmpty() ? "?" : ", ?");
		});
		jdbc.sql("insert into companies (" + columns + ") values (" + marks + ")")
			.params(backup.values().stream().toList())
			.update();
		assertThat(api.get("/api/v1/companies/" + id, sales).status()).as("no key, nothing to show").isEqualTo(404);
		for (ApplicationRunner runner : runners) {
			if (runner instanceof CompanyErasureReplay) {
				runner.run(new DefaultApplicationArguments());
			}
		}
		assertThat(jdbc.sql("select count(*) from companies where id = ?").param(subject).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from audit_events where resource_id = ? and actor_type = 'system' "
				+ "and action = 'DELETE' and outcome = 'ERASED'").param(id).query(Long.class).single()).isEqualTo(1);
	}
}
