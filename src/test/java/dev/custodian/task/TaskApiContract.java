package dev.custodian.task;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import dev.custodian.support.RecordsToLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tasks through the API, on H2 and PostgreSQL: made with each kind of link (one at most, to a record that exists),
 * listed with filters and keyset pages, changed, completed and reopened under If-Match, deleted; sealed at rest,
 * audited, refused to roles that may only read, and gone with the contact they are about when that person is erased.
 */
public abstract class TaskApiContract extends ApiContract {

	String sales;

	String admin;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
		admin = personas.token(Role.ADMIN);
	}

	String contact() {
		return api.post("/api/v1/contacts", sales, "{\"lastName\":\"Tasked " + UUID.randomUUID() + "\"}").text("id");
	}

	String company() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return api.post("/api/v1/companies", sales, "{\"name\":\"Tasked " + tag + "\"}").text("id");
	}

	static String due(long hoursFromNow) {
		return Instant.now().plus(hoursFromNow, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
	}

	Response create(String token, String title, String more) {
		return api.post("/api/v1/tasks", token, "{\"title\":\"" + title + "\",\"dueAt\":\"" + due(24) + "\"" + more + "}");
	}

	JsonNode created(String title, String more) {
		Response created = create(sales, title, more);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	static List<String> errorFields(Response response) {
		List<String> named = new ArrayList<>();
		response.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
		return named;
	}

	static List<String> titles(Response list) {
		List<String> titles = new ArrayList<>();
		list.json().get("items").forEach(item -> titles.add(item.get("title").asString()));
		return titles;
	}

	@Test
	void aTaskLinksToAContactACompanyADealATicketOrNothingAndIsTheCallersByDefault() {
		String contact = contact();
		String company = company();
		String deal = new RecordsToLink(api, personas).deal("Linked deal");
		String ticket = new RecordsToLink(api, personas).ticket("Linked ticket");
		for (String[] link : List.of(new String[] { "contactId", contact }, new String[] { "companyId", company },
				new String[] { "dealId", deal }, new String[] { "ticketId", ticket })) {
			Response made = create(sales, "Linked to " + link[0], ",\"" + link[0] + "\":\"" + link[1] + "\"");
			assertThat(made.status()).as(made.body()).isEqualTo(201);
			assertThat(made.header("Location")).isEqualTo("/api/v1/tasks/" + made.text("id"));
			assertThat(made.header("ETag")).isEqualTo("\"0\"");
			assertThat(made.text(link[0])).isEqualTo(link[1]);
			assertThat(made.text("assigneeId")).isEqualTo(personas.user(Role.SALES).id().toString());
			assertThat(made.text("status")).isEqualTo("open");
			assertThat(made.text("priority")).isEqualTo("normal");
		}
		JsonNode free = created("Linked to nothing", ",\"description\":\"Just a note\",\"priority\":\"urgent\"");
		assertThat(free.get("contactId").isNull()).isTrue();
		assertThat(free.get("priority").asString()).isEqualTo("urgent");
		Response read = api.get("/api/v1/tasks/" + free.get("id").asString(), personas.token(Role.READ_ONLY));
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("description")).isEqualTo("Just a note");
	}

	@Test
	void twoLinksAnUnknownRecordAndMissingFieldsAreOne400NamingEveryField() {
		Response two = create(sales, "Two links", ",\"contactId\":\"" + contact() + "\",\"companyId\":\"" + company() + "\"");
		assertThat(two.status()).isEqualTo(400);
		assertThat(errorFields(two)).contains("companyId");
		Response unknown = create(sales, "Unknown", ",\"contactId\":\"" + UUID.randomUUID() + "\"");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(errorFields(unknown)).containsExactly("contactId");
		Response unknownDeal = create(sales, "Unknown deal", ",\"dealId\":\"" + UUID.randomUUID() + "\"");
		assertThat(errorFields(unknownDeal)).containsExactly("dealId");
		Response empty = api.post("/api/v1/tasks", sales,
				"{\"priority\":\"soon\",\"assigneeId\":\"" + UUID.randomUUID() + "\",\"colour\":\"red\"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(errorFields(empty)).contains("title", "dueAt", "priority", "assigneeId", "colour");
		Response badDate = api.post("/api/v1/tasks", sales, "{\"title\":\"x\",\"dueAt\":\"tomorrow\"}");
		assertThat(errorFields(badDate)).containsExactly("dueAt");
	}

	@Test
	void titleAndDescriptionAreSealedAtRestUnderTheContactsKeyWhenAboutAContact() {
		String contact = contact();
		JsonNode task = created("Secret plan " + contact, ",\"description\":\"Ring her at home\",\"contactId\":\"" + contact + "\"");
		String id = task.get("id").asString();
		byte[] title = jdbc.sql("select title from tasks where id = ?").param(UUID.fromString(id)).query(byte[].class).single();
		assertThat(new String(title, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Secret plan");
		UUID subject = jdbc.sql("select subject_id from tasks where id = ?").param(UUID.fromString(id)).query(UUID.class).single();
		assertThat(subject.toString()).isEqualTo(contact);
		JsonNode free = created("Own key", "");
		UUID own = jdbc.sql("select subject_id from tasks where id = ?").param(UUID.fromString(free.get("id").asString()))
			.query(UUID.class).single();
		assertThat(own.toString()).isEqualTo(free.get("id").asString());
	}

	@Test
	void listsFilterByLinkAssigneeStatusDueTimeAndOverdue() {
		String contact = contact();
		String link = ",\"contactId\":\"" + contact + "\"";
		String late = api.post("/api/v1/tasks", sales, "{\"title\":\"Late\",\"dueAt\":\"" + due(-2) + "\"" + link + "}").text("id");
		created("Soon", link);
		String marketer = personas.user(Role.MARKETING).id().toString();
		created("For marketing", link + ",\"assigneeId\":\"" + marketer + "\"");
		String base = "/api/v1/tasks?contactId=" + contact;
		Response all = api.get(base, sales);
		assertThat(titles(all)).containsExactly("Late", "Soon", "For marketing");
		assertThat(all.json().get("total").asLong()).isEqualTo(3);
		assertThat(titles(api.get(base + "&overdue=true", sales))).containsExactly("Late");
		assertThat(titles(api.get(base + "&overdue=false", sales))).containsExactly("Soon", "For marketing");
		assertThat(titles(api.get(base + "&assigneeId=" + marketer, sales))).containsExactly("For marketing");
		assertThat(titles(api.get(base + "&mine=true", sales))).containsExactly("Late", "Soon");
		assertThat(titles(api.get(base + "&dueFrom=" + Api.query(due(1)) + "&dueTo=" + Api.query(due(48)), sales)))
			.containsExactly("Soon", "For marketing");
		send(HttpMethod.PATCH, "/api/v1/tasks/" + late, sales, "{\"status\":\"done\"}", "\"0\"");
		assertThat(titles(api.get(base + "&status=done", sales))).containsExactly("Late");
		assertThat(titles(api.get(base + "&status=open", sales))).containsExactly("Soon", "For marketing");
		Response wrong = api.get(base + "&status=later&overdue=maybe&dueFrom=today&companyId=" + company(), sales);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(errorFields(wrong)).contains("status", "overdue", "dueFrom", "companyId");
	}

	@Test
	void listsPageThroughEveryTaskWithACount() {
		String company = company();
		for (int i = 0; i < 5; i++) {
			api.post("/api/v1/tasks", sales, "{\"title\":\"Page " + i + "\",\"dueAt\":\"" + due(i + 1)
					+ "\",\"companyId\":\"" + company + "\"}");
		}
		List<String> seen = new ArrayList<>();
		String cursor = null;
		int pages = 0;
		do {
			Response page = api.get("/api/v1/tasks?limit=2&companyId=" + company + (cursor == null ? "" : "&cursor=" + cursor), sales);
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			assertThat(page.json().get("total").asLong()).isEqualTo(5);
			seen.addAll(titles(page));
			cursor = page.json().get("nextCursor").isNull() ? null : page.text("nextCursor");
			pages++;
		}
		while (cursor != null);
		assertThat(pages).isEqualTo(3);
		assertThat(seen).containsExactly("Page 0", "Page 1", "Page 2", "Page 3", "Page 4");
		assertThat(api.get("/api/v1/tasks?cursor=nonsense", sales).status()).isEqualTo(400);
	}

	Response send(HttpMethod method, String uri, String token, String json, String ifMatch) {
		return api.send(method, uri, token, json, "If-Match", ifMatch);
	}

	@Test
	void changesNeedTheCurrentETagAndStatusCompletesAndReopens() {
		String id = created("Guarded", "").get("id").asString();
		String uri = "/api/v1/tasks/" + id;
		assertThat(api.send(HttpMethod.PATCH, uri, sales, "{\"title\":\"No tag\"}").status()).isEqualTo(428);
		assertThat(send(HttpMethod.PATCH, uri, sales, "{\"title\":\"Stale\"}", "\"7\"").status()).isEqualTo(412);
		Response done = send(HttpMethod.PATCH, uri, sales, "{\"status\":\"done\",\"priority\":\"high\"}", "\"0\"");
		assertThat(done.status()).as(done.body()).isEqualTo(200);
		assertThat(done.header("ETag")).isEqualTo("\"1\"");
		assertThat(done.text("status")).isEqualTo("done");
		assertThat(done.text("priority")).isEqualTo("high");
		assertThat(done.text("completedBy")).isEqualTo(personas.user(Role.SALES).id().toString());
		assertThat(done.json().get("completedAt").isNull()).isFalse();
		Response reopened = send(HttpMethod.PATCH, uri, sales, "{\"status\":\"open\"}", "\"1\"");
		assertThat(reopened.text("status")).isEqualTo("open");
		assertThat(reopened.json().get("completedAt").isNull()).isTrue();
		Response bad = send(HttpMethod.PATCH, uri, sales, "{\"status\":\"finished\",\"contactId\":\"" + contact()
				+ "\",\"title\":null}", "\"2\"");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(errorFields(bad)).contains("status", "contactId", "title");
		assertThat(jdbc.sql("select action from audit_events where resource_type = 'task' and resource_id = ? "
				+ "order by occurred_at, id").param(id).query(String.class).list()).containsExactly("CREATE", "UPDATE",
						"UPDATE");
	}

	@Test
	void deletingRemovesTheTaskAndUnknownOrMalformedIdsAre404() {
		String id = created("Doomed", "").get("id").asString();
		String uri = "/api/v1/tasks/" + id;
		assertThat(send(HttpMethod.DELETE, uri, sales, null, "\"3\"").status()).isEqualTo(412);
		assertThat(api.delete(uri, sales).status()).isEqualTo(204);
		assertThat(api.get(uri, sales).status()).isEqualTo(404);
		assertThat(api.delete(uri, sales).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/tasks/not-a-uuid", sales).status()).isEqualTo(404);
	}

	@Test
	void readOnlyUsersReadTasksButMayNotMakeChangeOrDeleteThem() {
		String readOnly = personas.token(Role.READ_ONLY);
		String id = created("Look only", "").get("id").asString();
		assertThat(create(readOnly, "Not allowed", "").status()).isEqualTo(403);
		assertThat(api.send(HttpMethod.PATCH, "/api/v1/tasks/" + id, readOnly, "{\"status\":\"done\"}", "If-Match",
				"\"0\"").status()).isEqualTo(403);
		assertThat(api.delete("/api/v1/tasks/" + id, readOnly).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/tasks/" + id, readOnly).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/tasks", null).status()).isEqualTo(401);
	}

	@Test
	void readingATaskAboutAContactIsAuditedNamingThatPerson() {
		String contact = contact();
		String id = created("Audited", ",\"contactId\":\"" + contact + "\"").get("id").asString();
		api.get("/api/v1/tasks/" + id, sales);
		api.get("/api/v1/tasks?contactId=" + contact, sales);
		List<UUID> reads = jdbc.sql("select e.id from audit_events e join audit_event_subjects s on s.event_id = e.id "
				+ "where e.resource_type = 'task' and e.action = 'READ' and s.subject_id = ?")
			.param(UUID.fromString(contact)).query(UUID.class).list();
		assertThat(reads).hasSize(2);
	}

	@Test
	void aRestrictedPersonsTasksRefuseChangesAndLeaveListsForAllButTheOfficer() {
		String contact = contact();
		String id = created("Frozen", ",\"contactId\":\"" + contact + "\"").get("id").asString();
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + contact + "/restriction", admin, null).status())
			.isEqualTo(204);
		Response read = api.get("/api/v1/tasks/" + id, sales);
		assertThat(read.json().get("restricted").asBoolean()).isTrue();
		assertThat(send(HttpMethod.PATCH, "/api/v1/tasks/" + id, sales, "{\"status\":\"done\"}", read.header("ETag"))
			.status()).isEqualTo(409);
		assertThat(titles(api.get("/api/v1/tasks?contactId=" + contact, sales))).isEmpty();
		assertThat(titles(api.get("/api/v1/tasks?contactId=" + contact, personas.token(Role.DPO)))).containsExactly("Frozen");
		assertThat(create(sales, "More about them", ",\"contactId\":\"" + contact + "\"").status()).isEqualTo(400);
		api.send(HttpMethod.DELETE, "/api/v1/subjects/" + contact + "/restriction", admin, null);
		assertThat(titles(api.get("/api/v1/tasks?contactId=" + contact, sales))).containsExactly("Frozen");
	}

	@Test
	void erasingAContactDeletesTheTasksAboutThemAndTheReportSaysSo() {
		String contact = contact();
		created("About to go", ",\"contactId\":\"" + contact + "\"");
		created("Also going", ",\"contactId\":\"" + contact + "\"");
		Response export = api.get("/api/v1/subjects/" + contact + "/data", admin);
		assertThat(export.body()).contains("About to go", "Also going");
		Response erased = api.post("/api/v1/subjects/" + contact + "/erasure", admin, null);
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		JsonNode taskModule = null;
		for (JsonNode module : erased.json().get("modules")) {
			if (module.get("module").asString().equals("task")) {
				taskModule = module;
			}
		}
		assertThat(taskModule).isNotNull();
		assertThat(taskModule.get("erased").asLong()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from tasks where subject_id = ?").param(UUID.fromString(contact))
			.query(Long.class).single()).isZero();
	}
}
