package dev.custodian.contact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.ApiContract;
import dev.custodian.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact API as a client sees it, run against H2 and PostgreSQL alike.
 */
public abstract class ContactApiContract extends ApiContract {

	String sales;

	@Autowired
	Retokenising retokenising;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	Response create(String json) {
		return api.post("/api/v1/contacts", sales, json);
	}

	@Test
	void createReadReplacePatchAndDelete() {
		String tag = unique();
		Response created = create("""
				{"firstName":"Émile","lastName":"Zola-%s","email":"Emile.%s@Example.org","phone":"+33 1 23 45 67 89",
				 "jobTitle":"Writer","lifecycleStage":"customer","source":"Referral",
				 "address":{"street":"21 rue de Bruxelles","city":"Paris","postalCode":"75009","country":"fr"}}"""
			.formatted(tag, tag));
		assertThat(created.status()).isEqualTo(201);
		String id = created.text("id");
		assertThat(created.header("Location")).isEqualTo("/api/v1/contacts/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(created.text("phone")).isEqualTo("+33123456789");
		assertThat(created.json().get("address").get("country").asString()).isEqualTo("FR");
		assertThat(created.text("ownerId")).isEqualTo(personas.user(Role.SALES).id().toString());

		Response read = api.get("/api/v1/contacts/" + id, sales);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("email")).isEqualTo("Emile." + tag + "@Example.org");
		assertThat(read.header("ETag")).isEqualTo("\"0\"");

		Response replaced = api.send(HttpMethod.PUT, "/api/v1/contacts/" + id, sales,
				"{\"firstName\":\"Émile\",\"lastName\":\"Zola\",\"email\":\"emile.%s@example.org\"}".formatted(tag),
				"If-Match", "\"0\"");
		assertThat(replaced.status()).isEqualTo(200);
		assertThat(replaced.header("ETag")).isEqualTo("\"1\"");
		assertThat(replaced.json().get("jobTitle").isNull()).isTrue();
		assertThat(replaced.text("lifecycleStage")).isEqualTo("lead");

		Response patched = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + id, sales,
				"{\"jobTitle\":\"Novelist\",\"address\":{\"city\":\"Médan\",\"country\":\"FR\"}}", "If-Match", "\"1\"");
		assertThat(patched.status()).isEqualTo(200);
		assertThat(patched.text("jobTitle")).isEqualTo("Novelist");
		assertThat(patched.text("lastName")).isEqualTo("Zola");
		assertThat(patched.json().get("address").get("city").asString()).isEqualTo("Médan");

		Response cleared = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + id, sales, "{\"jobTitle\":null}",
				"If-Match", "\"2\"");
		assertThat(cleared.json().get("jobTitle").isNull()).isTrue();
		assertThat(cleared.text("firstName")).isEqualTo("Émile");

		assertThat(api.delete("/api/v1/contacts/" + id, personas.token(Role.DPO)).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/contacts/" + id, sales).status()).isEqualTo(404);
	}

	@Test
	void searchMatchesNamePrefixesAndEmailsIgnoringCaseAndAccents() {
		String tag = unique();
		String id = create("{\"firstName\":\"Zoë\",\"lastName\":\"Ångström%s\",\"email\":\"zz%s@example.org\"}"
			.formatted(tag, tag)).text("id");
		for (String q : List.of("angstrom" + tag, "ÅNGSTRÖM" + tag.toUpperCase(), "zoe angstrom" + tag, "zz" + tag)) {
			Response found = api.get("/api/v1/contacts?q=" + Api.query(q), sales);
			assertThat(found.status()).isEqualTo(200);
			assertThat(ids(found)).as(q).containsExactly(id);
		}
		assertThat(ids(api.get("/api/v1/contacts?q=ngstrom" + tag, sales))).isEmpty();
	}

	@Test
	void anEmailBelongsToOneContactOnly() {
		String email = "dup-" + unique() + "@example.org";
		String first = create("{\"lastName\":\"One\",\"email\":\"" + email + "\"}").text("id");
		Response again = create("{\"lastName\":\"Two\",\"email\":\"" + email.toUpperCase() + "\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.text("existingContactId")).isEqualTo(first);
	}

	@Test
	void invalidInputNamesEveryFieldAndChangesNothing() {
		long before = jdbc.sql("select count(*) from contacts").query(Long.class).single();
		Response bad = create("""
				{"email":"nope","phone":"12","lifecycleStage":"vip","companyId":"%s","ownerId":"x",
				 "address":{"country":"Narnia"},"shoeSize":44}""".formatted(UUID.randomUUID()));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		List<String> fields = new ArrayList<>();
		bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("shoeSize", "email", "phone", "lifecycleStage", "companyId",
				"ownerId", "address.country");
		assertThat(jdbc.sql("select count(*) from contacts").query(Long.class).single()).isEqualTo(before);
		assertThat(api.send(HttpMethod.POST, "/api/v1/contacts", sales, "{not json").status()).isEqualTo(400);
		assertThat(api.send(HttpMethod.POST, "/api/v1/contacts", sales, "[1,2]").status()).isEqualTo(400);
	}

	@Test
	void updatesNeedTheCurrentVersion() {
		String id = create("{\"lastName\":\"Locke\"}").text("id");
		String uri = "/api/v1/contacts/" + id;
		Response missing = api.send(HttpMethod.PUT, uri, sales, "{\"lastName\":\"Lost\"}");
		assertThat(missing.status()).isEqualTo(428);
		assertThat(api.send(HttpMethod.PUT, uri, sales, "{\"lastName\":\"Hume\"}", "If-Match", "\"0\"").status())
			.isEqualTo(200);
		Response stale = api.send(HttpMethod.PATCH, uri, sales, "{\"lastName\":\"Berkeley\"}", "If-Match", "\"0\"");
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("ETag")).isEqualTo("\"1\"");
		assertThat(api.get(uri, sales).text("lastName")).isEqualTo("Hume");
		assertThat(api.send(HttpMethod.DELETE, uri, personas.token(Role.DPO), null, "If-Match", "\"0\"").status())
			.isEqualTo(412);
	}

	@Test
	void pagesFollowCursorsWithoutGapsOrRepeats() {
		String tag = "pg" + unique();
		Set<String> createdIds = new HashSet<>();
		for (int i = 0; i < 5; i++) {
			createdIds.add(create("{\"lastName\":\"%s-%d\"}".formatted(tag, i)).text("id"));
		}
		Set<String> seen = new HashSet<>();
		String uri = "/api/v1/contacts?limit=2&q=" + tag;
		int pages = 0;
		while (uri != null) {
			Response page = api.get(uri, sales);
			assertThat(page.status()).isEqualTo(200);
			List<String> ids = ids(page);
			assertThat(ids).hasSizeLessThanOrEqualTo(2).allSatisfy(id -> assertThat(seen.add(id)).isTrue());
			JsonNode next = page.json().get("nextCursor");
			uri = next.isNull() ? null : "/api/v1/contacts?limit=2&q=" + tag + "&cursor=" + next.asString();
			pages++;
		}
		assertThat(seen).isEqualTo(createdIds);
		assertThat(pages).isEqualTo(3);
		Response tooMany = api.get("/api/v1/contacts?limit=500&cursor=@@", sales);
		assertThat(tooMany.status()).isEqualTo(400);
		assertThat(tooMany.body()).contains("\"limit\"").contains("\"cursor\"");
	}

	@Test
	void filtersByCompanyOwnerAndStage() {
		String company = api.post("/api/v1/companies", sales, "{\"name\":\"Filter Co " + unique() + "\"}").text("id");
		String inCompany = create("{\"lastName\":\"Worker\",\"companyId\":\"" + company + "\",\"lifecycleStage\":\"evangelist\"}")
			.text("id");
		create("{\"lastName\":\"Elsewhere\",\"lifecycleStage\":\"evangelist\"}");
		assertThat(ids(api.get("/api/v1/contacts?company=" + company, sales))).containsExactly(inCompany);
		assertThat(ids(api.get("/api/v1/contacts?company=" + company + "&lifecycleStage=customer", sales))).isEmpty();
		String owner = personas.user(Role.SALES).id().toString();
		assertThat(ids(api.get("/api/v1/contacts?limit=200&owner=" + owner + "&lifecycleStage=evangelist", sales)))
			.contains(inCompany);
		assertThat(api.get("/api/v1/contacts?lifecycleStage=vip&company=x", sales).status()).isEqualTo(400);
	}

	@Test
	void aContactKeepsItsOwnerAfterTheOwnerIsDisabled() {
		String admin = personas.token(Role.ADMIN);
		String name = "own" + unique();
		Response owner = api.post("/api/v1/users", admin,
				"{\"username\":\"" + name + "\",\"role\":\"SALES\",\"password\":\"an-owner-password\"}");
		String contact = create("{\"lastName\":\"Owned\",\"ownerId\":\"" + owner.text("id") + "\"}").text("id");
		api.send(HttpMethod.PATCH, "/api/v1/users/" + owner.text("id"), admin, "{\"enabled\":false}", "If-Match", "\"0\"");
		Response edited = api.send(HttpMethod.PATCH, "/api/v1/contacts/" + contact, sales, "{\"jobTitle\":\"Buyer\"}",
				"If-Match", "\"0\"");
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.text("ownerId")).isEqualTo(owner.text("id"));
		assertThat(create("{\"lastName\":\"New\",\"ownerId\":\"" + owner.text("id") + "\"}").status()).isEqualTo(400);
	}

	@Test
	void deletingACompanyIsAnAuditedChangeOfItsContacts() {
		String company = api.post("/api/v1/companies", sales, "{\"name\":\"Closing " + unique() + "\"}").text("id");
		String contact = create("{\"lastName\":\"Staff\",\"companyId\":\"" + company + "\"}").text("id");
		assertThat(api.delete("/api/v1/companies/" + company, sales).status()).isEqualTo(204);
		Response after = api.get("/api/v1/contacts/" + contact, sales);
		assertThat(after.json().get("companyId").isNull()).isTrue();
		assertThat(after.header("ETag")).isEqualTo("\"1\"");
		Response trail = api.get("/api/v1/audit/events?subjectId=" + contact, personas.token(Role.DPO));
		List<String> actions = new ArrayList<>();
		trail.json().get("items").forEach(e -> actions.add(e.get("action").asString()));
		assertThat(actions).contains("UPDATE");
	}

	@Test
	void namesAreFoundAsPeopleTypeThem() {
		String tag = unique().replaceAll("[0-9]", "x");
		String obrien = create("{\"firstName\":\"Pat\",\"lastName\":\"O\u2019Brien" + tag + "\"}").text("id");
		String muller = create("{\"firstName\":\"Jürgen\",\"lastName\":\"Müller" + tag + "\"}").text("id");
		String mueller = create("{\"firstName\":\"Anna\",\"lastName\":\"Mueller" + tag + "\"}").text("id");
		String jeanLuc = create("{\"firstName\":\"Jean-Luc\",\"lastName\":\"Picard" + tag + "\"}").text("id");
		assertThat(ids(api.get("/api/v1/contacts?q=obrien" + tag, sales))).containsExactly(obrien);
		assertThat(ids(api.get("/api/v1/contacts?q=" + Api.query("o'brien" + tag), sales))).containsExactly(obrien);
		assertThat(ids(api.get("/api/v1/contacts?q=mueller" + tag, sales))).containsExactlyInAnyOrder(muller, mueller);
		assertThat(ids(api.get("/api/v1/contacts?q=muller" + tag, sales))).containsExactly(muller);
		assertThat(ids(api.get("/api/v1/contacts?q=" + Api.query("müller" + tag), sales)))
			.containsExactlyInAnyOrder(muller, mueller);
		assertThat(ids(api.get("/api/v1/contacts?q=jurgen%20muller" + tag, sales))).containsExactly(muller);
		assertThat(ids(api.get("/api/v1/contacts?q=jean-luc%20picard" + tag, sales))).containsExactly(jeanLuc);
		assertThat(ids(api.get("/api/v1/contacts?limit=200&q=jean-", sales))).contains(jeanLuc);
	}

	@Test
	void contactsOfAnOlderTokenVersionAreReTokenised() {
		String tag = unique().replaceAll("[0-9]", "y");
		String id = create("{\"lastName\":\"O'Hara" + tag + "\"}").text("id");
		// as stored before names folded this way: no tokens of the new kind, an older version
		jdbc.sql("delete from contact_search_tokens where subject_id = ?").param(UUID.fromString(id)).update();
		jdbc.sql("update contacts set search_version = 1 where id = ?").param(UUID.fromString(id)).update();
		retokenising.catchUp();
		assertThat(ids(api.get("/api/v1/contacts?q=ohara" + tag, sales))).containsExactly(id);
		assertThat(jdbc.sql("select search_version from contacts where id = ?").param(UUID.fromString(id))
			.query(Integer.class).single()).isEqualTo(SearchTokens.VERSION);
	}

	@Test
	void filtersByCompanyNameAndCountsTheMatches() {
		String tag = unique();
		String company = api.post("/api/v1/companies", sales, "{\"name\":\"Zeppelin " + tag + " GmbH\"}").text("id");
		String member = create("{\"lastName\":\"Crew\",\"companyId\":\"" + company + "\"}").text("id");
		create("{\"lastName\":\"Crew\"}");
		Response page = api.get("/api/v1/contacts?companyName=" + Api.query("zeppelin " + tag), sales);
		assertThat(ids(page)).containsExactly(member);
		assertThat(page.json().get("total").asLong()).isEqualTo(1);
		assertThat(page.json().get("totalExact").asBoolean()).isTrue();
	}

	@Test
	void everySortPagesThroughEveryContactOnceInOrder() {
		String tag = "so" + unique();
		String companyA = api.post("/api/v1/companies", sales, "{\"name\":\"Alpha " + tag + "\"}").text("id");
		String companyB = api.post("/api/v1/companies", sales, "{\"name\":\"Beta " + tag + "\"}").text("id");
		List<String> stages = List.of("customer", "lead", "subscriber", "lead", "opportunity");
		Set<String> created = new HashSet<>();
		for (int i = 0; i < stages.size(); i++) {
			String company = i % 2 == 0 ? companyB : companyA;
			created.add(create("{\"lastName\":\"%s-%d\",\"lifecycleStage\":\"%s\",\"companyId\":\"%s\"}"
				.formatted(tag, i, stages.get(i), company)).text("id"));
		}
		for (String sort : List.of("updated", "-updated", "created", "-created", "stage", "-stage", "owner", "-owner",
				"company", "-company")) {
			List<JsonNode> seen = new ArrayList<>();
			String uri = "/api/v1/contacts?limit=2&sort=" + sort + "&q=" + tag;
			while (uri != null) {
				Response page = api.get(uri, sales);
				assertThat(page.status()).as(sort).isEqualTo(200);
				assertThat(page.json().get("total").asLong()).isEqualTo(5);
				page.json().get("items").forEach(seen::add);
				JsonNode next = page.json().get("nextCursor");
				uri = next.isNull() ? null
						: "/api/v1/contacts?limit=2&sort=" + sort + "&q=" + tag + "&cursor=" + next.asString();
			}
			assertThat(seen.stream().map(c -> c.get("id").asString())).as(sort).hasSize(5)
				.containsExactlyInAnyOrderElementsOf(created);
			if (sort.equals("stage")) {
				assertThat(seen.stream().map(c -> c.get("lifecycleStage").asString()))
					.containsExactly("subscriber", "lead", "lead", "opportunity", "customer");
			}
			if (sort.equals("-company")) {
				assertThat(seen.stream().map(c -> c.get("companyId").asString()))
					.containsExactly(companyB, companyB, companyB, companyA, companyA);
			}
		}
		Response first = api.get("/api/v1/contacts?limit=2&sort=stage&q=" + tag, sales);
		Response mixed = api.get("/api/v1/contacts?limit=2&sort=created&q=" + tag + "&cursor="
				+ first.text("nextCursor"), sales);
		assertThat(mixed.status()).isEqualTo(400);
		assertThat(mixed.body()).contains("\"cursor\"");
		Response bad = api.get("/api/v1/contacts?sort=lastName&limit=0", sales);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"sort\"").contains("\"limit\"");
	}

	static List<String> ids(Response page) {
		List<String> ids = new ArrayList<>();
		page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}
}
