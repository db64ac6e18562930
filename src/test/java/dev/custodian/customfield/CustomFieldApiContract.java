package dev.custodian.customfield;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Custom fields through the API, on H2 and PostgreSQL: administrators define them with their classification;
 * contacts and companies carry their values in {@code customFields}, typed, checked, sealed when personal and
 * filterable when not; options in use are replaced, not dropped; a deleted field takes its values along; a field
 * declared personal has its values sealed by a background job. Every field a test adds is deleted after it, so a
 * required one never gets in the way of other suites.
 */
public abstract class CustomFieldApiContract extends ApiContract {

	@Autowired
	Sealing sealing;

	String admin;

	String sales;

	private final List<String> fields = new ArrayList<>();

	@BeforeEach
	void setUp() {
		admin = personas.token(Role.ADMIN);
		sales = personas.token(Role.SALES);
	}

	@AfterEach
	void removeFields() {
		fields.forEach(id -> api.delete("/api/v1/custom-fields/" + id, admin));
		fields.clear();
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** Adds a field (the key gets a unique suffix, returned in the answer) and deletes it after the test. */
	JsonNode field(String json) {
		Response created = api.post("/api/v1/custom-fields", admin, json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		fields.add(created.text("id"));
		return created.json();
	}

	Response contact(String json) {
		return api.post("/api/v1/contacts", sales, json);
	}

	static List<String> errorFields(Response response) {
		List<String> named = new ArrayList<>();
		response.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
		return named;
	}

	static List<String> ids(Response page) {
		List<String> ids = new ArrayList<>();
		page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	@Test
	void valuesOfEveryTypeRoundTripAndMergePatchLikeAnyOtherField() {
		String t = unique();
		field("""
				{"recordType":"contact","key":"note%s","label":"Note","type":"text","personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"story%s","label":"Story","type":"long-text","personal":true,
				 "category":"communication.content"}""".formatted(t));
		field("""
				{"recordType":"contact","key":"visits%s","label":"Visits","type":"number","personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"score%s","label":"Score","type":"decimal","personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"born%s","label":"Born","type":"date","personal":true,
				 "category":"demographic.birth_date"}""".formatted(t));
		field("""
				{"recordType":"contact","key":"vip%s","label":"VIP","type":"boolean","personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"region%s","label":"Region","type":"choice","options":["north","south"],
				 "personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"topics%s","label":"Topics","type":"multi-choice",
				 "options":["a","b","c"],"personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"mail%s","label":"Other email","type":"email","personal":true,
				 "category":"contact.email"}""".formatted(t));
		field("""
				{"recordType":"contact","key":"fax%s","label":"Fax","type":"phone","personal":true,
				 "category":"contact.phone"}""".formatted(t));
		field("""
				{"recordType":"contact","key":"site%s","label":"Site","type":"url","personal":false}""".formatted(t));

		Response created = contact("""
				{"lastName":"Typed","customFields":{"note%1$s":"hello","story%1$s":"line one\\nline two","visits%1$s":3,
				 "score%1$s":12.50,"born%1$s":"1990-02-28","vip%1$s":true,"region%1$s":"south","topics%1$s":["c","a"],
				 "mail%1$s":"other@example.org","fax%1$s":"+44 20 7946 0958","site%1$s":"example.org"}}""".formatted(t));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.text("subjectId")).isEqualTo(id);
		JsonNode read = api.get("/api/v1/contacts/" + id, sales).json().get("customFields");
		assertThat(read.get("note" + t).asString()).isEqualTo("hello");
		assertThat(read.get("story" + t).asString()).isEqualTo("line one\nline two");
		assertThat(read.get("visits" + t).isIntegralNumber()).isTrue();
		assertThat(read.get("visits" + t).asLong()).isEqualTo(3);
		assertThat(read.get("score" + t).decimalValue()).isEqualByComparingTo("12.5");
		assertThat(read.get("score" + t).toString()).isEqualTo("12.5");
		assertThat(read.get("born" + t).asString()).isEqualTo("1990-02-28");
		assertThat(read.get("vip" + t).asBoolean()).isTrue();
		assertThat(read.get("region" + t).asString()).isEqualTo("south");
		assertThat(read.get("topics" + t).toString()).isEqualTo("[\"a\",\"c\"]");
		assertThat(read.get("mail" + t).asString()).isEqualTo("other@example.org");
		assertThat(read.get("fax" + t).asString()).isEqualTo("+442079460958");
		assertThat(read.get("site" + t).asString()).isEqualTo("https://example.org");

		Response patched = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + id, sales,
				"{\"customFields\":{\"visits%1$s\":4,\"note%1$s\":null}}".formatted(t), "If-Match", "\"0\"");
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		JsonNode afterPatch = patched.json().get("customFields");
		assertThat(afterPatch.get("visits" + t).asLong()).isEqualTo(4);
		assertThat(afterPatch.has("note" + t)).isFalse();
		assertThat(afterPatch.get("region" + t).asString()).isEqualTo("south");

		Response untouched = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + id, sales, "{\"jobTitle\":\"Buyer\"}",
				"If-Match", "\"1\"");
		assertThat(untouched.json().get("customFields").get("born" + t).asString()).isEqualTo("1990-02-28");

		Response replaced = api.send(HttpMethod.PUT, "/api/v1/contacts/" + id, sales,
				"{\"lastName\":\"Typed\",\"customFields\":{\"vip%s\":false}}".formatted(t), "If-Match", "\"2\"");
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.json().get("customFields").toString()).isEqualTo("{\"vip" + t + "\":false}");
		assertThat(jdbc.sql("select count(*) from custom_field_values where record_id = ?")
			.param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void badValuesAreA400NamingEachKeyAndNothingIsStored() {
		String t = unique();
		field("""
				{"recordType":"contact","key":"visits%s","label":"Visits","type":"number","personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"region%s","label":"Region","type":"choice","options":["north","south"],
				 "personal":false,"required":true}""".formatted(t));
		field("""
				{"recordType":"contact","key":"born%s","label":"Born","type":"date","personal":true,
				 "category":"demographic.birth_date"}""".formatted(t));
		long contacts = jdbc.sql("select count(*) from contacts").query(Long.class).single();
		long values = jdbc.sql("select count(*) from custom_field_values").query(Long.class).single();

		Response bad = contact("""
				{"lastName":"Wrong","email":"nope","customFields":{"visits%1$s":"three","born%1$s":"28.02.1990",
				 "shoeSize%1$s":44}}""".formatted(t));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(errorFields(bad)).containsExactlyInAnyOrder("email", "customFields.visits" + t,
				"customFields.born" + t, "customFields.region" + t, "customFields.shoeSize" + t);
		assertThat(bad.body()).doesNotContain("28.02.1990").doesNotContain("three");

		Response outside = contact("{\"lastName\":\"Wrong\",\"customFields\":{\"region%s\":\"east\",\"visits%s\":1.5}}"
			.formatted(t, t));
		assertThat(errorFields(outside)).containsExactlyInAnyOrder("customFields.region" + t, "customFields.visits" + t);
		assertThat(outside.body()).contains("must be one of north, south", "must be a whole number");
		assertThat(errorFields(contact("{\"lastName\":\"Wrong\",\"customFields\":[1]}"))).containsExactly(
				"customFields", "customFields.region" + t);
		assertThat(jdbc.sql("select count(*) from contacts").query(Long.class).single()).isEqualTo(contacts);
		assertThat(jdbc.sql("select count(*) from custom_field_values").query(Long.class).single()).isEqualTo(values);

		String id = contact("{\"lastName\":\"Right\",\"customFields\":{\"region%s\":\"north\"}}".formatted(t)).text("id");
		Response cleared = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + id, sales,
				"{\"jobTitle\":\"Boss\",\"customFields\":{\"region%s\":null}}".formatted(t), "If-Match", "\"0\"");
		assertThat(cleared.status()).isEqualTo(400);
		assertThat(errorFields(cleared)).containsExactly("customFields.region" + t);
		JsonNode kept = api.get("/api/v1/contacts/" + id, sales).json();
		assertThat(kept.get("version").asLong()).isZero();
		assertThat(kept.get("jobTitle").isNull()).isTrue();
		assertThat(kept.get("customFields").get("region" + t).asString()).isEqualTo("north");
	}

	@Test
	void aFieldIsNotSavedWithoutItsClassification() {
		String t = unique();
		Response unclassified = api.post("/api/v1/custom-fields", admin,
				"{\"recordType\":\"contact\",\"key\":\"a%s\",\"label\":\"A\",\"type\":\"text\"}".formatted(t));
		assertThat(unclassified.status()).isEqualTo(400);
		assertThat(errorFields(unclassified)).containsExactly("personal");
		assertThat(errorFields(api.post("/api/v1/custom-fields", admin,
				"{\"recordType\":\"contact\",\"key\":\"a%s\",\"label\":\"A\",\"type\":\"text\",\"personal\":true}"
					.formatted(t)))).containsExactly("category");
		assertThat(errorFields(api.post("/api/v1/custom-fields", admin, """
				{"recordType":"contact","key":"a%s","label":"A","type":"text","personal":true,"category":"special.health"}"""
			.formatted(t)))).containsExactly("specialCategoryCondition");
		assertThat(errorFields(api.post("/api/v1/custom-fields", admin, """
				{"recordType":"contact","key":"a%s","label":"A","type":"text","personal":true,"category":"contact.email",
				 "specialCategoryCondition":"explicit-consent"}""".formatted(t)))).containsExactly("specialCategoryCondition");
		assertThat(errorFields(api.post("/api/v1/custom-fields", admin, """
				{"recordType":"contact","key":"a%s","label":"A","type":"text","personal":false,"category":"contact.email"}"""
			.formatted(t)))).containsExactly("category");
		assertThat(errorFields(api.post("/api/v1/custom-fields", admin, """
				{"recordType":"deal","key":"a%s","label":"A","type":"text","personal":true,"category":"contact.phone"}"""
			.formatted(t)))).as("a deal is not a person").containsExactly("personal");
		assertThat(api.post("/api/v1/custom-fields", admin, """
				{"recordType":"deal","key":"a%s","label":"A","type":"text","personal":false}""".formatted(t)).status())
			.isEqualTo(201);
		assertThat(errorFields(api.post("/api/v1/custom-fields", admin, """
				{"recordType":"invoice","key":"9a","type":"colour","options":["x"],"personal":false,"size":1}""")))
			.containsExactlyInAnyOrder("size", "recordType", "key", "label", "type");
		assertThat(errorFields(api.post("/api/v1/custom-fields", admin, """
				{"recordType":"contact","key":"c%s","label":"C","type":"choice","options":["x","X"],"personal":false}"""
			.formatted(t)))).containsExactly("options");

		JsonNode allergies = field("""
				{"recordType":"contact","key":"allergies%s","label":"Allergies","type":"long-text","personal":true,
				 "category":"special.health","specialCategoryCondition":"explicit-consent"}""".formatted(t));
		assertThat(allergies.get("specialCategoryCondition").asString()).isEqualTo("explicit-consent");
		Response duplicate = api.post("/api/v1/custom-fields", admin, """
				{"recordType":"contact","key":"allergies%s","label":"Again","type":"text","personal":false}"""
			.formatted(t));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.text("existingFieldId")).isEqualTo(allergies.get("id").asString());

		JsonNode entry = catalogueEntry("customFields.allergies" + t);
		assertThat(entry.get("recordType").asString()).isEqualTo("contact");
		assertThat(entry.get("module").asString()).isEqualTo("customfield");
		assertThat(entry.get("category").asString()).isEqualTo("special.health");
		assertThat(entry.get("specialCategory").asBoolean()).isTrue();
		assertThat(entry.get("specialCategoryCondition").asString()).isEqualTo("explicit-consent");
		assertThat(entry.get("protection").asString()).isEqualTo("sealed");
		assertThat(entry.get("filled").asLong()).isZero();
		assertThat(entry.get("records").asLong())
			.isEqualTo(jdbc.sql("select count(*) from contacts").query(Long.class).single());
		String sneezy = "{\"lastName\":\"Sneezy\",\"customFields\":{\"allergies%s\":\"pollen\"}}".formatted(t);
		assertThat(contact(sneezy).status()).as("no role is granted a special category at first").isEqualTo(403);
		api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin, "{\"categories\":[\"special.health\"]}");
		try {
			assertThat(contact(sneezy).status()).isEqualTo(201);
		}
		finally {
			api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin, "{\"categories\":[]}");
		}
		assertThat(catalogueEntry("customFields.allergies" + t).get("filled").asLong()).isEqualTo(1);

		assertThat(api.get("/api/v1/custom-fields", sales).status()).isEqualTo(403);
		assertThat(api.post("/api/v1/custom-fields", sales, "{}").status()).isEqualTo(403);
	}

	@Test
	void personalValuesAreSealedAndOthersStayInTheClear() {
		String t = unique();
		field("""
				{"recordType":"contact","key":"nick%s","label":"Nickname","type":"text","personal":true,
				 "category":"identity.name"}""".formatted(t));
		field("""
				{"recordType":"contact","key":"team%s","label":"Team","type":"text","personal":false}""".formatted(t));
		String id = contact("{\"lastName\":\"Sealed\",\"customFields\":{\"nick%1$s\":\"Bunny%1$s\",\"team%1$s\":\"blue\"}}"
			.formatted(t)).text("id");
		List<Map<String, Object>> rows = jdbc.sql("select f.field_key, v.value_text, v.value_sealed, v.subject_id "
				+ "from custom_field_values v join custom_fields f on f.id = v.field_id where v.record_id = ?")
			.param(UUID.fromString(id))
			.query()
			.listOfRows();
		assertThat(rows).hasSize(2);
		for (Map<String, Object> row : rows) {
			assertThat(row.get("subject_id").toString()).isEqualTo(id);
			if (row.get("field_key").equals("nick" + t)) {
				assertThat(row.get("value_text")).isNull();
				byte[] sealed = (byte[]) row.get("value_sealed");
				assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Bunny");
			}
			else {
				assertThat(row.get("value_text")).isEqualTo("blue");
				assertThat(row.get("value_sealed")).isNull();
			}
		}
		assertThat(api.get("/api/v1/contacts/" + id, sales).json().get("customFields").get("nick" + t).asString())
			.isEqualTo("Bunny" + t);
	}

	@Test
	void aSpecialCategoryFieldExistsOnlyForRolesGrantedItsCategoryAndEveryReadIsAudited() {
		String t = unique();
		field("""
				{"recordType":"contact","key":"allergy%s","label":"Allergy","type":"text","personal":true,
				 "category":"special.health","specialCategoryCondition":"explicit-consent"}""".formatted(t));
		String key = "allergy" + t;
		String id = contact("{\"lastName\":\"Special" + t + "\"}").text("id");
		try {
			Response read = api.get("/api/v1/contacts/" + id, sales);
			assertThat(read.json().get("customFields").has(key)).isFalse();
			Response denied = api.send(HttpMethod.PUT, "/api/v1/contacts/" + id, sales,
					"{\"lastName\":\"Special" + t + "\",\"customFields\":{\"" + key + "\":\"peanuts\"}}",
					"If-Match", read.header("ETag"));
			assertThat(denied.status()).isEqualTo(403);
			assertThat(errorFields(denied)).containsExactly("customFields." + key);
			assertThat(denied.body()).doesNotContain("peanuts");
			assertThat(contact("{\"lastName\":\"Other" + t + "\",\"customFields\":{\"" + key + "\":\"x\"}}")
				.status()).isEqualTo(403);
			assertThat(jdbc.sql("select count(*) from custom_field_values v join custom_fields f on f.id = v.field_id "
					+ "where f.field_key = ?").param(key).query(Long.class).single()).isZero();

			assertThat(api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin,
					"{\"categories\":[\"special.health\"]}").status()).isEqualTo(200);
			read = api.get("/api/v1/contacts/" + id, sales);
			Response stored = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + id, sales,
					"{\"customFields\":{\"" + key + "\":\"peanuts\"}}", "If-Match", read.header("ETag"));
			assertThat(stored.status()).as(stored.body()).isEqualTo(200);
			long readsBefore = specialReads(id);
			assertThat(api.get("/api/v1/contacts/" + id, sales).json().get("customFields").get(key).asString())
				.isEqualTo("peanuts");
			assertThat(specialReads(id)).isEqualTo(readsBefore + 1);
			Response export = api.get("/api/v1/subjects/" + id + "/data", admin);
			assertThat(export.status()).isEqualTo(200);
			assertThat(export.body()).as("the administrator is not granted health data").contains("Special" + t)
				.doesNotContain("peanuts").doesNotContain(key);
			api.send(HttpMethod.PUT, "/api/v1/special-category-grants/ADMIN", admin, "{\"categories\":[\"special.health\"]}");
			assertThat(api.get("/api/v1/subjects/" + id + "/data", admin).body()).contains("peanuts");
			api.send(HttpMethod.PUT, "/api/v1/special-category-grants/ADMIN", admin, "{\"categories\":[]}");

			assertThat(api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin,
					"{\"categories\":[]}").status()).isEqualTo(200);
			assertThat(api.get("/api/v1/contacts/" + id, sales).json().get("customFields").has(key)).isFalse();
			read = api.get("/api/v1/contacts/" + id, sales);
			assertThat(api.send(HttpMethod.PATCH, "/api/v1/contacts/" + id, sales, "{\"jobTitle\":\"Chef\"}",
					"If-Match", read.header("ETag")).status()).isEqualTo(200);
			assertThat(jdbc.sql("select count(*) from custom_field_values v join custom_fields f on f.id = v.field_id "
					+ "where f.field_key = ?").param(key).query(Long.class).single())
				.as("a change by a role without the grant leaves the value as it is").isEqualTo(1);
		}
		finally {
			api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SALES", admin, "{\"categories\":[]}");
			api.send(HttpMethod.PUT, "/api/v1/special-category-grants/ADMIN", admin, "{\"categories\":[]}");
		}
	}

	private long specialReads(String subject) {
		return jdbc.sql("select count(*) from audit_events e join audit_event_subjects s on s.event_id = e.id "
				+ "where e.resource_type = 'special-category' and e.resource_id = 'special.health' and s.subject_id = ?")
			.param(UUID.fromString(subject))
			.query(Long.class)
			.single();
	}

	@Test
	void listsFilterOnValuesInTheClearButNotOnPersonalOnes() {
		String t = unique();
		field("""
				{"recordType":"contact","key":"region%s","label":"Region","type":"choice","options":["north","south"],
				 "personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"topics%s","label":"Topics","type":"multi-choice","options":["north","northwest"],
				 "personal":false}""".formatted(t));
		field("""
				{"recordType":"contact","key":"nick%s","label":"Nickname","type":"text","personal":true,
				 "category":"identity.name"}""".formatted(t));
		String north = contact("{\"lastName\":\"N\",\"customFields\":{\"region%1$s\":\"north\",\"topics%1$s\":[\"north\"]}}"
			.formatted(t)).text("id");
		String south = contact("{\"lastName\":\"S\",\"customFields\":{\"region%1$s\":\"south\",\"topics%1$s\":[\"northwest\"]}}"
			.formatted(t)).text("id");
		contact("{\"lastName\":\"None\"}");

		Response norths = api.get("/api/v1/contacts?limit=200&cf.region" + t + "=north", sales);
		assertThat(norths.status()).isEqualTo(200);
		assertThat(ids(norths)).containsExactly(north);
		assertThat(norths.json().get("total").asLong()).isEqualTo(1);
		assertThat(ids(api.get("/api/v1/contacts?limit=200&cf.topics" + t + "=northwest", sales))).containsExactly(south);
		assertThat(ids(api.get("/api/v1/contacts?limit=200&cf.topics" + t + "=north", sales))).containsExactly(north);
		assertThat(ids(api.get("/api/v1/contacts?limit=200&cf.topics" + t + "=north&cf.region" + t + "=south", sales)))
			.isEmpty();

		Response refused = api.get("/api/v1/contacts?cf.nick" + t + "=Bunny&cf.unknown" + t + "=x&cf.region" + t
				+ "=east&lifecycleStage=vip", sales);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(errorFields(refused)).containsExactlyInAnyOrder("cf.nick" + t, "cf.unknown" + t, "cf.region" + t,
				"lifecycleStage");
		assertThat(refused.body()).doesNotContain("Bunny");
	}

	@Test
	void companiesCarryCustomFieldsSealedUnderAKeyOfTheirOwn() {
		String t = unique();
		field("""
				{"recordType":"company","key":"owner%s","label":"Owner's name","type":"text","personal":true,
				 "category":"identity.name"}""".formatted(t));
		field("""
				{"recordType":"company","key":"tier%s","label":"Tier","type":"choice","options":["gold","silver"],
				 "personal":false}""".formatted(t));
		Response created = api.post("/api/v1/companies", sales, """
				{"name":"Sole %1$s","customFields":{"owner%1$s":"Sam Trader","tier%1$s":"gold"}}""".formatted(t));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.json().get("customFields").get("owner" + t).asString()).isEqualTo("Sam Trader");
		assertThat(jdbc.sql("select count(*) from vault.data_keys where subject_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(ids(api.get("/api/v1/companies?limit=200&cf.tier" + t + "=gold", sales))).containsExactly(id);
		assertThat(errorFields(api.get("/api/v1/companies?cf.owner" + t + "=Sam", sales))).containsExactly("cf.owner" + t);
		Response patched = api.send(HttpMethod.PATCH, "/api/v1/companies/" + id, sales,
				"{\"customFields\":{\"tier%s\":\"silver\"}}".formatted(t), "If-Match", "\"0\"");
		assertThat(patched.json().get("customFields").get("owner" + t).asString()).isEqualTo("Sam Trader");
		assertThat(patched.json().get("customFields").get("tier" + t).asString()).isEqualTo("silver");
		assertThat(errorFields(api.send(HttpMethod.PATCH, "/api/v1/companies/" + id, sales,
				"{\"customFields\":{\"tier%s\":\"bronze\"}}".formatted(t), "If-Match", "\"1\""))).containsExactly(
						"customFields.tier" + t);
		assertThat(api.delete("/api/v1/companies/" + id, sales).status()).isEqualTo(204);
		assertThat(jdbc.sql("select count(*) from custom_field_values where record_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isZero();
	}

	@Test
	void anOptionInUseIsReplacedNotDroppedSilently() {
		String t = unique();
		JsonNode region = field("""
				{"recordType":"contact","key":"region%s","label":"Region","type":"choice",
				 "options":["north","south","west"],"personal":false}""".formatted(t));
		String uri = "/api/v1/custom-fields/" + region.get("id").asString();
		String first = contact("{\"lastName\":\"A\",\"customFields\":{\"region%s\":\"north\"}}".formatted(t)).text("id");
		contact("{\"lastName\":\"B\",\"customFields\":{\"region%s\":\"north\"}}".formatted(t));
		contact("{\"lastName\":\"C\",\"customFields\":{\"region%s\":\"south\"}}".formatted(t));

		Response refused = api.send(HttpMethod.PATCH, uri, admin, "{\"options\":[\"south\",\"west\"]}", "If-Match",
				"\"0\"");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		JsonNode inUse = refused.json().get("optionsInUse");
		assertThat(inUse).hasSize(1);
		assertThat(inUse.get(0).get("option").asString()).isEqualTo("north");
		assertThat(inUse.get(0).get("records").asLong()).isEqualTo(2);
		assertThat(api.get(uri, admin).json().get("options").toString()).isEqualTo("[\"north\",\"south\",\"west\"]");

		Response badReplacement = api.send(HttpMethod.PATCH, uri, admin,
				"{\"options\":[\"south\",\"west\"],\"replacements\":{\"north\":\"east\"}}", "If-Match", "\"0\"");
		assertThat(errorFields(badReplacement)).containsExactly("replacements.north");

		Response merged = api.send(HttpMethod.PATCH, uri, admin,
				"{\"options\":[\"south\",\"west\"],\"replacements\":{\"north\":\"west\"}}", "If-Match", "\"0\"");
		assertThat(merged.status()).as(merged.body()).isEqualTo(200);
		assertThat(merged.header("ETag")).isEqualTo("\"1\"");
		assertThat(api.get("/api/v1/contacts/" + first, sales).json().get("customFields").get("region" + t).asString())
			.isEqualTo("west");
		assertThat(ids(api.get("/api/v1/contacts?limit=200&cf.region" + t + "=west", sales))).hasSize(2);
	}

	@Test
	void deletingAFieldErasesItsValuesAndTheAuditSaysWhoseWithoutThem() {
		String t = unique();
		Response created = api.post("/api/v1/custom-fields", admin, """
				{"recordType":"contact","key":"secret%s","label":"Secret","type":"text","personal":true,
				 "category":"communication.content"}""".formatted(t));
		String field = created.text("id");
		String one = contact("{\"lastName\":\"One\",\"customFields\":{\"secret%s\":\"hush-%s\"}}".formatted(t, t)).text("id");
		String two = contact("{\"lastName\":\"Two\",\"customFields\":{\"secret%s\":\"quiet\"}}".formatted(t)).text("id");

		assertThat(api.send(HttpMethod.DELETE, "/api/v1/custom-fields/" + field, admin, null, "If-Match", "\"7\"")
			.status()).isEqualTo(412);
		assertThat(api.delete("/api/v1/custom-fields/" + field, admin).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/custom-fields/" + field, admin).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from custom_field_values where field_id = ?").param(UUID.fromString(field))
			.query(Long.class).single()).isZero();
		assertThat(api.get("/api/v1/contacts/" + one, sales).json().get("customFields").isEmpty()).isTrue();
		assertThat(catalogueEntry("customFields.secret" + t)).isNull();

		List<Map<String, Object>> entries = jdbc.sql("select action, subject_ids from audit_events "
				+ "where resource_type = 'custom-field' and resource_id = ? order by id")
			.param(field)
			.query()
			.listOfRows();
		assertThat(entries).extracting(e -> e.get("action")).containsExactly("CREATE", "DELETE");
		assertThat(entries.get(1).get("subject_ids").toString()).contains(one, two).doesNotContain("hush");
	}

	@Test
	void contactsTakeTheirValuesAlongWhenDeleted() {
		String t = unique();
		field("""
				{"recordType":"contact","key":"nick%s","label":"Nickname","type":"text","personal":true,
				 "category":"identity.name"}""".formatted(t));
		String id = contact("{\"lastName\":\"Gone\",\"customFields\":{\"nick%s\":\"Ghost\"}}".formatted(t)).text("id");
		assertThat(api.delete("/api/v1/contacts/" + id, personas.token(Role.DPO)).status()).isEqualTo(204);
		assertThat(jdbc.sql("select count(*) from custom_field_values where record_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isZero();
	}

	@Test
	void aFieldDeclaredPersonalHasItsValuesSealedInTheBackgroundAndStaysPersonal() {
		String t = unique();
		JsonNode field = field("""
				{"recordType":"contact","key":"hobby%s","label":"Hobby","type":"text","personal":false}""".formatted(t));
		String uri = "/api/v1/custom-fields/" + field.get("id").asString();
		List<String> contacts = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			contacts.add(contact("{\"lastName\":\"H%d\",\"customFields\":{\"hobby%s\":\"chess %d\"}}".formatted(i, t, i))
				.text("id"));
		}
		assertThat(field.get("sealing").isNull()).isTrue();

		Response declared = api.send(HttpMethod.PATCH, uri, admin,
				"{\"personal\":true,\"category\":\"communication.content\"}", "If-Match", "\"0\"");
		assertThat(declared.status()).as(declared.body()).isEqualTo(200);
		JsonNode progress = declared.json().get("sealing");
		assertThat(progress.get("total").asLong()).isEqualTo(3);
		assertThat(progress.get("done").asLong()).isZero();
		assertThat(progress.get("finishedAt").isNull()).isTrue();
		assertThat(clearValues(field)).isEqualTo(3);
		assertThat(api.get("/api/v1/contacts?cf.hobby" + t + "=chess%201", sales).status()).isEqualTo(400);
		assertThat(api.get("/api/v1/contacts/" + contacts.get(1), sales).json().get("customFields").get("hobby" + t)
			.asString()).isEqualTo("chess 1");

		assertThat(sealing.runPending()).isGreaterThanOrEqualTo(3);

		assertThat(clearValues(field)).isZero();
		JsonNode finished = api.get(uri, admin).json().get("sealing");
		assertThat(finished.get("done").asLong()).isEqualTo(3);
		assertThat(finished.get("finishedAt").isNull()).isFalse();
		assertThat(api.get("/api/v1/contacts/" + contacts.get(1), sales).json().get("customFields").get("hobby" + t)
			.asString()).isEqualTo("chess 1");
		assertThat(catalogueEntry("customFields.hobby" + t).get("protection").asString()).isEqualTo("sealed");

		Response back = api.send(HttpMethod.PATCH, uri, admin, "{\"personal\":false,\"category\":null,\"type\":\"date\"}",
				"If-Match", "\"1\"");
		assertThat(back.status()).isEqualTo(400);
		assertThat(errorFields(back)).containsExactlyInAnyOrder("personal", "type");
	}

	private long clearValues(JsonNode field) {
		return jdbc.sql("select count(*) from custom_field_values where field_id = ? and value_sealed is null")
			.param(UUID.fromString(field.get("id").asString()))
			.query(Long.class)
			.single();
	}

	private JsonNode catalogueEntry(String name) {
		for (JsonNode entry : api.get("/api/v1/catalog", personas.token(Role.DPO)).json()) {
			if (entry.get("field").asString().equals(name)) {
				return entry;
			}
		}
		return null;
	}
}
