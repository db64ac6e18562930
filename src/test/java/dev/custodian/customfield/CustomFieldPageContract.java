package dev.custodian.customfield;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The custom field pages, on H2 and PostgreSQL: administrators manage fields under Administration in English and
 * German (the classification required, options in use replaced by choice, deletion after being told how many values
 * go, sealing progress shown); contact and company forms show each field with its input and message, their pages
 * show the values, and the lists filter on them.
 */
public abstract class CustomFieldPageContract extends ApiContract {

	@Autowired
	Sealing sealing;

	private final List<String> fields = new ArrayList<>();

	@AfterEach
	void removeFields() {
		fields.forEach(id -> api.delete("/api/v1/custom-fields/" + id, personas.token(Role.ADMIN)));
		fields.clear();
	}

	private String field(String json) {
		String id = api.post("/api/v1/custom-fields", personas.token(Role.ADMIN), json).text("id");
		fields.add(id);
		return id;
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void administratorsAddAFieldOnlyWithItsClassificationInEitherLanguage() throws Exception {
		String t = unique();
		MockHttpServletResponse list = send(get("/admin/custom-fields"), Role.ADMIN, "en");
		assertThat(list.getStatus()).isEqualTo(200);
		assertThat(list.getContentAsString()).contains("<h1>Custom fields</h1>", "href=\"/admin/custom-fields/new");
		assertThat(send(get("/admin/custom-fields"), Role.ADMIN, "de").getContentAsString())
			.contains("<h1>Eigene Felder</h1>");
		assertThat(send(get("/admin/custom-fields"), Role.SALES, "en").getStatus()).isEqualTo(403);
		assertThat(send(get("/"), Role.ADMIN, "en").getContentAsString()).contains("href=\"/admin/custom-fields\"");
		assertThat(send(get("/"), Role.DPO, "en").getContentAsString()).doesNotContain("href=\"/admin/custom-fields\"");

		MockHttpServletResponse unclassified = send(post("/admin/custom-fields").with(csrf()).param("recordType", "contact")
			.param("key", "mood" + t).param("label", "Mood").param("type", "choice").param("options", "happy\nsad"),
				Role.ADMIN, "de");
		assertThat(unclassified.getStatus()).isEqualTo(200);
		assertThat(unclassified.getContentAsString()).contains("Es gibt ein Problem",
				"Enthält es personenbezogene Daten?: ist ein Pflichtfeld: Geben Sie an, ob das Feld personenbezogene "
						+ "Daten enthält",
				"value=\"mood" + t + "\"");
		assertThat(jdbc.sql("select count(*) from custom_fields where field_key = ?").param("mood" + t)
			.query(Long.class).single()).isZero();

		MockHttpServletResponse created = send(post("/admin/custom-fields").with(csrf()).param("recordType", "contact")
			.param("key", "mood" + t).param("label", "Mood").param("type", "choice").param("options", "happy\r\nsad\n")
			.param("personal", "true").param("category", "special.health")
			.param("specialCategoryCondition", "explicit-consent"), Role.ADMIN, "en");
		assertThat(created.getRedirectedUrl()).isEqualTo("/admin/custom-fields");
		String id = jdbc.sql("select id from custom_fields where field_key = ?").param("mood" + t).query(UUID.class)
			.single().toString();
		fields.add(id);
		assertThat(send(get("/admin/custom-fields?recordType=contact"), Role.ADMIN, "en").getContentAsString())
			.contains("mood" + t, "special.health", "special category", "sealed");
		assertThat(send(get("/admin/custom-fields/" + id), Role.ADMIN, "en").getContentAsString())
			.contains("happy\nsad", "A personal field stays personal");
		assertThat(send(get("/catalog"), Role.DPO, "en").getContentAsString())
			.contains("contact.customFields.mood" + t, "Art. 9(2)(a): explicit consent",
					"custom field that no purpose uses");
	}

	@Test
	void recordFormsShowEachFieldWithItsInputAndMessageAndPagesShowTheValues() throws Exception {
		String t = unique();
		field("""
				{"recordType":"contact","key":"region%s","label":"Region %s","type":"choice","options":["north","south"],
				 "personal":false,"required":true,"displayOrder":1}""".formatted(t, t));
		field("""
				{"recordType":"contact","key":"born%s","label":"Born","type":"date","personal":true,
				 "category":"demographic.birth_date","displayOrder":2}""".formatted(t));
		field("""
				{"recordType":"contact","key":"vip%s","label":"VIP","type":"boolean","personal":false,"displayOrder":3}"""
			.formatted(t));
		field("""
				{"recordType":"contact","key":"topics%s","label":"Topics","type":"multi-choice","options":["a","b"],
				 "personal":false,"displayOrder":4}""".formatted(t));
		field("""
				{"recordType":"contact","key":"notes%s","label":"Notes","type":"long-text","personal":false,
				 "displayOrder":5}""".formatted(t));
		field("""
				{"recordType":"contact","key":"visits%s","label":"Visits","type":"number","personal":false,
				 "displayOrder":6}""".formatted(t));

		String form = send(get("/contacts/new"), Role.SALES, "en").getContentAsString();
		assertThat(form).contains("<select id=\"customFields.region" + t + "\" name=\"cf.region" + t + "\"",
				"type=\"date\"", "id=\"customFields.vip" + t + "\" name=\"cf.vip" + t + "\"", "type=\"checkbox\"",
				"name=\"cf.topics" + t + "\" multiple", "<textarea id=\"customFields.notes" + t + "\"",
				"type=\"number\"", "(required)");
		assertThat(form.indexOf("Region " + t)).isLessThan(form.indexOf(">Born<"));

		MockHttpServletResponse invalid = send(post("/contacts").with(csrf()).param("lastName", "Formed" + t)
			.param("cf.born" + t, "31.02.1990").param("cf.visits" + t, "many"), Role.SALES, "de");
		assertThat(invalid.getStatus()).isEqualTo(200);
		assertThat(invalid.getContentAsString()).contains("Region " + t + ": ist ein Pflichtfeld",
				"muss ein Datum wie 2026-01-31 sein", "muss eine ganze Zahl sein",
				"href=\"#customFields.born" + t + "\"", "value=\"31.02.1990\"");

		MockHttpServletResponse saved = send(post("/contacts").with(csrf()).param("lastName", "Formed" + t)
			.param("cf.region" + t, "south").param("cf.born" + t, "1990-02-28").param("cf.vip" + t, "true")
			.param("cf.topics" + t, "a", "b").param("cf.notes" + t, "first\nsecond").param("cf.visits" + t, "7"),
				Role.SALES, "en");
		String page = saved.getRedirectedUrl();
		assertThat(page).startsWith("/contacts/");
		String detail = send(get(page), Role.READ_ONLY, "en").getContentAsString();
		assertThat(detail).contains("Region " + t, "south", "28 Feb 1990", ">Yes<", "a, b", "first\nsecond");
		assertThat(send(get(page), Role.READ_ONLY, "de").getContentAsString()).contains("28. Feb. 1990", ">Ja<");
		String edit = send(get(page + "/edit"), Role.SALES, "en").getContentAsString();
		assertThat(edit).contains("value=\"1990-02-28\"", "value=\"7\"", "checked");

		String id = page.substring("/contacts/".length());
		MockHttpServletResponse unticked = send(post(page).with(csrf()).param("version", "0")
			.param("lastName", "Formed" + t).param("lifecycleStage", "lead").param("cf.region" + t, "north"),
				Role.SALES, "en");
		assertThat(unticked.getRedirectedUrl()).isEqualTo(page);
		var values = api.get("/api/v1/contacts/" + id, personas.token(Role.SALES)).json().get("customFields");
		assertThat(values.get("vip" + t).asBoolean()).isFalse();
		assertThat(values.has("born" + t)).isFalse();
		assertThat(values.get("region" + t).asString()).isEqualTo("north");

		String other = api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"Other%s\",\"customFields\":{\"region%s\":\"south\"}}".formatted(t, t)).text("id");
		String filtered = send(get("/contacts?cf.region" + t + "=north"), Role.SALES, "en").getContentAsString();
		assertThat(filtered).contains("Formed" + t, "More filters").doesNotContain("Other" + t);
		assertThat(send(get("/contacts?cf.born" + t + "=1990-02-28"), Role.SALES, "en").getContentAsString())
			.contains("could not be applied");
		assertThat(send(post("/contacts/search").with(csrf()).param("cf.region" + t, "south"), Role.SALES, "en")
			.getContentAsString()).contains("Other" + t).doesNotContain("Formed" + t);
		assertThat(other).isNotBlank();
	}

	@Test
	void companyFormsAndListsTakeCustomFieldsToo() throws Exception {
		String t = unique();
		field("""
				{"recordType":"company","key":"tier%s","label":"Tier","type":"choice","options":["gold","silver"],
				 "personal":false}""".formatted(t));
		MockHttpServletResponse saved = send(post("/companies").with(csrf()).param("name", "Golden " + t)
			.param("cf.tier" + t, "gold"), Role.SALES, "en");
		assertThat(saved.getRedirectedUrl()).startsWith("/companies/");
		assertThat(send(get(saved.getRedirectedUrl()), Role.READ_ONLY, "en").getContentAsString()).contains("Tier",
				"gold");
		api.post("/api/v1/companies", personas.token(Role.SALES), "{\"name\":\"Silver %s\",\"customFields\":{\"tier%s\":\"silver\"}}"
			.formatted(t, t));
		String list = send(get("/companies?cf.tier" + t + "=gold"), Role.READ_ONLY, "en").getContentAsString();
		assertThat(list).contains("Golden " + t).doesNotContain("Silver " + t);
		MockHttpServletResponse bad = send(post("/companies").with(csrf()).param("name", "Bronze " + t)
			.param("cf.tier" + t, "bronze"), Role.SALES, "en");
		assertThat(bad.getContentAsString()).contains("Tier: must be one of gold, silver");
	}

	@Test
	void anOptionInUseIsReplacedByChoiceAndDeletionSaysHowManyValuesGo() throws Exception {
		String t = unique();
		String id = field("""
				{"recordType":"contact","key":"size%s","label":"Shirt size","type":"choice","options":["S","M","L"],
				 "personal":false}""".formatted(t));
		String contact = api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"Shirt\",\"customFields\":{\"size%s\":\"S\"}}".formatted(t)).text("id");

		MockHttpServletResponse asked = send(post("/admin/custom-fields/" + id).with(csrf()).param("version", "0")
			.param("label", "Shirt size").param("options", "M\nL").param("personal", "false"), Role.ADMIN, "en");
		assertThat(asked.getStatus()).isEqualTo(200);
		assertThat(asked.getContentAsString()).contains("Options still in use",
				"Replace \u201cS\u201d (held by 1 records) with", "name=\"replace.S\"", "value=\"option:M\"");

		MockHttpServletResponse replaced = send(post("/admin/custom-fields/" + id).with(csrf()).param("version", "0")
			.param("label", "Shirt size").param("options", "M\nL").param("personal", "false")
			.param("replace.S", "option:M"), Role.ADMIN, "en");
		assertThat(replaced.getRedirectedUrl()).isEqualTo("/admin/custom-fields/" + id);
		assertThat(api.get("/api/v1/contacts/" + contact, personas.token(Role.SALES)).json().get("customFields")
			.get("size" + t).asString()).isEqualTo("M");

		assertThat(send(get("/admin/custom-fields/" + id + "/delete"), Role.ADMIN, "en").getContentAsString())
			.contains("Delete the field \u201cShirt size\u201d?", "One record holds a value of it");
		var deleted = mvc.perform(post("/admin/custom-fields/" + id + "/delete").with(csrf()).param("version", "1")
			.header("Accept-Language", "en").with(authentication(personas.session(Role.ADMIN)))).andReturn();
		assertThat(deleted.getResponse().getRedirectedUrl()).isEqualTo("/admin/custom-fields");
		assertThat(deleted.getFlashMap().get("notice")).isEqualTo("Field \u201cShirt size\u201d deleted; 1 values erased.");
		assertThat(api.get("/api/v1/custom-fields/" + id, personas.token(Role.ADMIN)).status()).isEqualTo(404);
		fields.remove(id);
	}

	@Test
	void theFormShowsHowFarSealingHasComeUntilItIsDone() throws Exception {
		String t = unique();
		String id = field("""
				{"recordType":"contact","key":"pet%s","label":"Pet","type":"text","personal":false}""".formatted(t));
		api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"Pet owner\",\"customFields\":{\"pet%s\":\"Rex\"}}".formatted(t));
		MockHttpServletResponse declared = send(post("/admin/custom-fields/" + id).with(csrf()).param("version", "0")
			.param("label", "Pet").param("personal", "true").param("category", "identity.name"), Role.ADMIN, "en");
		assertThat(declared.getRedirectedUrl()).isEqualTo("/admin/custom-fields/" + id);
		String running = send(get("/admin/custom-fields/" + id), Role.ADMIN, "en").getContentAsString();
		assertThat(running).contains("<progress", "0 of 1 sealed", "hx-trigger=\"every 2s\"");
		assertThat(send(get("/admin/custom-fields"), Role.ADMIN, "en").getContentAsString()).contains("sealing: 0 of 1");

		sealing.runPending();

		String done = send(get("/admin/custom-fields/" + id + "/sealing").header("HX-Request", "true"), Role.ADMIN, "en")
			.getContentAsString();
		assertThat(done).contains("All 1 values stored before the field was declared personal are sealed")
			.doesNotContain("hx-trigger").doesNotContain("<html");
		assertThat(api.send(HttpMethod.GET, "/api/v1/custom-fields/" + id, personas.token(Role.ADMIN), null).json()
			.get("personal").asBoolean()).isTrue();
	}

	@Test
	void everyPageWithCustomFieldsRendersInBothLanguagesWithoutAMissingText() throws Exception {
		String t = unique();
		String[] types = { "text", "long-text", "number", "decimal", "date", "boolean", "choice", "multi-choice",
				"email", "phone", "url" };
		String first = null;
		for (String recordType : List.of("contact", "company")) {
			for (String type : types) {
				String options = type.contains("choice") ? ",\"options\":[\"one\",\"two\"]" : "";
				String id = field("{\"recordType\":\"%s\",\"key\":\"%s%s\",\"label\":\"%s\",\"type\":\"%s\",\"personal\":false%s}"
					.formatted(recordType, type.replace("-", ""), t, type, type, options));
				first = first == null ? id : first;
			}
		}
		String contact = api.post("/api/v1/contacts", personas.token(Role.SALES), ("{\"lastName\":\"All%1$s\","
				+ "\"customFields\":{\"text%1$s\":\"x\",\"longtext%1$s\":\"y\",\"number%1$s\":1,\"decimal%1$s\":1.5,"
				+ "\"date%1$s\":\"2026-01-31\",\"boolean%1$s\":true,\"choice%1$s\":\"one\",\"multichoice%1$s\":[\"two\"],"
				+ "\"email%1$s\":\"a@example.org\",\"phone%1$s\":\"+442079460958\",\"url%1$s\":\"example.org\"}}").formatted(t))
			.text("id");
		String company = api.post("/api/v1/companies", personas.token(Role.SALES), "{\"name\":\"All " + t + "\"}")
			.text("id");
		api.send(HttpMethod.PATCH, "/api/v1/custom-fields/" + first, personas.token(Role.ADMIN),
				"{\"personal\":true,\"category\":\"communication.content\"}", "If-Match", "\"0\"");
		List<String> pages = List.of("/admin/custom-fields", "/admin/custom-fields/new", "/admin/custom-fields/" + first,
				"/admin/custom-fields/" + first + "/delete", "/contacts", "/contacts/new", "/contacts/" + contact,
				"/contacts/" + contact + "/edit", "/companies", "/companies/new", "/companies/" + company,
				"/companies/" + company + "/edit", "/catalog");
		for (String language : List.of("en", "de")) {
			for (String path : pages) {
				MockHttpServletResponse page = send(get(path), Role.ADMIN, language);
				assertThat(page.getStatus()).as(path + " in " + language).isEqualTo(200);
				assertThat(page.getContentAsString()).as(path + " in " + language).doesNotContain("??")
					.contains("<html lang=\"" + language + "\"");
			}
		}
		sealing.runPending();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role, String language)
			throws Exception {
		return mvc.perform(request.header("Accept-Language", language).with(authentication(personas.session(role))))
			.andReturn()
			.getResponse();
	}
}
