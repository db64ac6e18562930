package dev.custodian.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import dev.custodian.support.RecordsToLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Activities through the API, on H2 and PostgreSQL: every type with its own fields, links checked through the
 * records' own modules, filters and paging, optimistic locking, deletion, audit entries without content, and the
 * erasure of one of two people a meeting concerns.
 */
public abstract class ActivityApiContract extends ApiContract {

	@Autowired
	ActivityErasureReplay replay;

	String sales;

	String admin;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
		admin = personas.token(Role.ADMIN);
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	String contact(String lastName) {
		Response created = api.post("/api/v1/contacts", sales,
				"{\"firstName\":\"Ada\",\"lastName\":\"" + lastName + "\",\"email\":\"" + lastName.toLowerCase()
						+ "@example.org\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	String company(String name) {
		Response created = api.post("/api/v1/companies", sales, "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	Response log(String json) {
		return api.post("/api/v1/activities", sales, json);
	}

	static List<String> errorFields(Response response) {
		List<String> named = new ArrayList<>();
		response.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
		return named;
	}

	static List<String> texts(JsonNode array) {
		List<String> texts = new ArrayList<>();
		array.forEach(n -> texts.add(n.asString()));
		return texts;
	}

	@Test
	void everyTypeIsLoggedWithItsOwnFieldsAndReadBackWithItsVersion() {
		String ada = contact("Note-" + tag());
		String grace = contact("Meet-" + tag());
		String company = company("Analytical " + tag());
		String deal = new RecordsToLink(api, personas).deal("Engine order");
		String user = personas.user(Role.SUPPORT).id().value().toString();

		Response note = log("{\"type\":\"note\",\"body\":\"Prefers mornings\",\"contactIds\":[\"" + ada + "\"]}");
		assertThat(note.status()).as(note.body()).isEqualTo(201);
		assertThat(note.header("ETag")).isEqualTo("\"0\"");
		assertThat(note.header("Location")).endsWith("/api/v1/activities/" + note.text("id"));
		assertThat(note.text("occurredAt")).isNotBlank();
		assertThat(note.text("authorId")).isEqualTo(personas.user(Role.SALES).id().value().toString());

		Response call = log("{\"type\":\"call\",\"direction\":\"outbound\",\"durationSeconds\":420,"
				+ "\"outcome\":\"left-voicemail\",\"subject\":\"Renewal\",\"occurredAt\":\"2026-05-04T09:30:00Z\","
				+ "\"contactIds\":[\"" + ada + "\"],\"companyId\":\"" + company + "\",\"dealId\":\"" + deal + "\"}");
		assertThat(call.status()).as(call.body()).isEqualTo(201);
		Response read = api.get("/api/v1/activities/" + call.text("id"), sales);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
		assertThat(read.text("direction")).isEqualTo("outbound");
		assertThat(read.json().get("durationSeconds").asInt()).isEqualTo(420);
		assertThat(read.text("outcome")).isEqualTo("left-voicemail");
		assertThat(read.text("occurredAt")).isEqualTo("2026-05-04T09:30:00Z");
		assertThat(read.text("companyId")).isEqualTo(company);
		assertThat(read.text("dealId")).isEqualTo(deal);

		Response meeting = log("{\"type\":\"meeting\",\"subject\":\"Kick-off\",\"location\":\"Room 2\","
				+ "\"occurredAt\":\"2026-05-06T13:00:00Z\",\"endsAt\":\"2026-05-06T14:00:00Z\",\"companyId\":\""
				+ company + "\",\"attendeeContactIds\":[\"" + ada + "\",\"" + grace + "\"],\"attendeeUserIds\":[\""
				+ user + "\"]}");
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		assertThat(meeting.text("location")).isEqualTo("Room 2");
		assertThat(texts(meeting.json().get("attendeeContactIds"))).containsExactlyInAnyOrder(ada, grace);
		assertThat(texts(meeting.json().get("attendeeUserIds"))).containsExactly(user);
		assertThat(meeting.json().get("participantContactIds").isNull()).isTrue();

		Response email = log("{\"type\":\"email\",\"subject\":\"Terms\",\"body\":\"Attached.\",\"direction\":"
				+ "\"inbound\",\"companyId\":\"" + company + "\",\"participantContactIds\":[\"" + grace + "\"]}");
		assertThat(email.status()).as(email.body()).isEqualTo(201);
		assertThat(texts(email.json().get("participantContactIds"))).containsExactly(grace);

		// the content is sealed once per contact it concerns, never in the clear
		assertThat(jdbc.sql("select subject_id from activity_copies where activity_id = ?")
			.param(UUID.fromString(meeting.text("id"))).query(UUID.class).list().stream().map(UUID::toString))
			.containsExactlyInAnyOrder(ada, grace);
	}

	@Test
	void anActivityAboutNoContactIsSealedUnderAKeyOfItsOwn() {
		String company = company("Own key " + tag());
		Response note = log("{\"type\":\"note\",\"body\":\"Moved offices\",\"companyId\":\"" + company + "\"}");
		assertThat(note.status()).as(note.body()).isEqualTo(201);
		UUID id = UUID.fromString(note.text("id"));
		assertThat(jdbc.sql("select subject_id from activity_copies where activity_id = ?").param(id)
			.query(UUID.class).list()).containsExactly(id);
		assertThat(api.get("/api/v1/activities/" + id, sales).text("body")).isEqualTo("Moved offices");
	}

	@Test
	void aSoleTraderCountsAsAPersonTheActivityConcerns() {
		Response trader = api.post("/api/v1/companies", sales, "{\"name\":\"Trader " + tag()
				+ "\",\"soleTrader\":true,\"email\":\"trader-" + tag() + "@example.org\"}");
		assertThat(trader.status()).as(trader.body()).isEqualTo(201);
		String subject = trader.text("subjectId");
		Response note = log("{\"type\":\"note\",\"body\":\"Quote sent\",\"companyId\":\"" + trader.text("id")
				+ "\"}");
		assertThat(note.status()).as(note.body()).isEqualTo(201);
		assertThat(jdbc.sql("select subject_id from activity_copies where activity_id = ?")
			.param(UUID.fromString(note.text("id"))).query(UUID.class).list()).containsExactly(UUID.fromString(subject));
		assertThat(api.post("/api/v1/subjects/" + subject + "/erasure", admin, null).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/activities/" + note.text("id"), sales).status()).isEqualTo(404);
	}

	@Test
	void everyInvalidFieldAndEveryUnlinkableRecordIsNamedAtOnce() {
		String ada = contact("Bad-" + tag());
		Response none = log("{\"type\":\"note\",\"body\":\"x\"}");
		assertThat(none.status()).isEqualTo(400);
		assertThat(errorFields(none)).containsExactly("contactIds");

		Response unknown = log("{\"type\":\"note\",\"body\":\"x\",\"contactIds\":[\"" + ada + "\",\""
				+ UUID.randomUUID() + "\"],\"companyId\":\"" + UUID.randomUUID() + "\",\"dealId\":\""
				+ UUID.randomUUID() + "\",\"ticketId\":\"not-an-id\"}");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(errorFields(unknown)).containsExactlyInAnyOrder("contactIds[1]", "companyId", "dealId",
				"ticketId");

		Response wrong = log("{\"type\":\"note\",\"direction\":\"sideways\",\"durationSeconds\":5,\"endsAt\":"
				+ "\"2026-01-01T00:00:00Z\",\"occurredAt\":\"yesterday\",\"colour\":\"red\",\"contactIds\":[\"" + ada
				+ "\"],\"attendeeContactIds\":[\"" + ada + "\"]}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(errorFields(wrong)).contains("colour", "occurredAt", "attendeeContactIds", "body", "direction",
				"durationSeconds", "endsAt");

		Response call = log("{\"type\":\"call\",\"outcome\":\"hung up\",\"contactIds\":[\"" + ada + "\"]}");
		assertThat(errorFields(call)).containsExactlyInAnyOrder("direction", "outcome");
		Response meeting = log("{\"type\":\"meeting\",\"subject\":\"M\",\"occurredAt\":\"2026-05-06T13:00:00Z\","
				+ "\"endsAt\":\"2026-05-06T12:00:00Z\",\"contactIds\":[\"" + ada + "\"],\"attendeeUserIds\":[\""
				+ UUID.randomUUID() + "\"]}");
		assertThat(errorFields(meeting)).containsExactlyInAnyOrder("endsAt", "attendeeUserIds[0]");
		Response type = log("{\"type\":\"fax\",\"contactIds\":[\"" + ada + "\"]}");
		assertThat(errorFields(type)).containsExactly("type");
		assertThat(api.post("/api/v1/activities", personas.token(Role.READ_ONLY),
				"{\"type\":\"note\",\"body\":\"x\",\"contactIds\":[\"" + ada + "\"]}").status()).isEqualTo(403);
	}

	@Test
	void listsFilterByRecordTypeAndTimeAndPageThroughEveryActivityNewestFirst() {
		String ada = contact("List-" + tag());
		String company = company("List " + tag());
		List<String> ids = new ArrayList<>();
		for (int day = 1; day <= 5; day++) {
			Response note = log("{\"type\":\"" + (day % 2 == 0 ? "call\",\"direction\":\"inbound" : "note")
					+ "\",\"body\":\"Day " + day + "\",\"occurredAt\":\"2026-03-0" + day + "T10:00:00Z\","
					+ "\"contactIds\":[\"" + ada + "\"]" + (day > 3 ? ",\"companyId\":\"" + company + "\"" : "") + "}");
			assertThat(note.status()).as(note.body()).isEqualTo(201);
			ids.add(0, note.text("id"));
		}
		List<String> seen = new ArrayList<>();
		String cursor = null;
		do {
			Response page = api.get("/api/v1/activities?contactId=" + ada + "&limit=2"
					+ (cursor == null ? "" : "&cursor=" + cursor), sales);
			assertThat(page.status()).as(page.body()).isEqualTo(200);
			assertThat(page.json().get("total").asLong()).isEqualTo(5);
			page.json().get("items").forEach(item -> seen.add(item.get("id").asString()));
			cursor = page.json().get("nextCursor").isNull() ? null : page.text("nextCursor");
		}
		while (cursor != null);
		assertThat(seen).containsExactlyElementsOf(ids);

		Response calls = api.get("/api/v1/activities?contactId=" + ada + "&type=call", sales);
		assertThat(calls.json().get("total").asLong()).isEqualTo(2);
		Response both = api.get("/api/v1/activities?contactId=" + ada + "&companyId=" + company, sales);
		assertThat(both.json().get("total").asLong()).isEqualTo(2);
		Response range = api.get("/api/v1/activities?contactId=" + ada + "&from=2026-03-02&to=2026-03-03", sales);
		assertThat(range.json().get("items")).hasSize(2);
		assertThat(range.json().get("items").get(0).get("body").asString()).isEqualTo("Day 3");
		Response bad = api.get("/api/v1/activities?contactId=nope&type=fax&from=soon&limit=0&cursor=%25", sales);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(errorFields(bad)).contains("contactId", "type", "from", "limit");
	}

	@Test
	void changesNeedTheCurrentVersionAndDeletionNeedsTheDeletePermission() {
		String ada = contact("Edit-" + tag());
		Response call = log("{\"type\":\"call\",\"direction\":\"outbound\",\"contactIds\":[\"" + ada + "\"]}");
		String uri = "/api/v1/activities/" + call.text("id");
		assertThat(api.send(HttpMethod.PATCH, uri, sales, "{\"outcome\":\"busy\"}").status()).isEqualTo(428);
		Response changed = api.send(HttpMethod.PATCH, uri, sales, "{\"outcome\":\"busy\",\"body\":\"Try later\"}",
				"If-Match", "\"0\"");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.header("ETag")).isEqualTo("\"1\"");
		assertThat(changed.text("outcome")).isEqualTo("busy");
		assertThat(changed.text("direction")).isEqualTo("outbound");
		assertThat(api.send(HttpMethod.PATCH, uri, sales, "{\"body\":\"Lost\"}", "If-Match", "\"0\"").status())
			.isEqualTo(412);
		Response fixed = api.send(HttpMethod.PATCH, uri, sales, "{\"type\":\"note\",\"location\":\"Here\"}",
				"If-Match", "\"1\"");
		assertThat(errorFields(fixed)).containsExactlyInAnyOrder("type", "location");
		assertThat(api.get(uri, sales).text("body")).isEqualTo("Try later");

		assertThat(api.delete(uri, sales).status()).isEqualTo(403);
		assertThat(api.send(HttpMethod.DELETE, uri, admin, null, "If-Match", "\"0\"").status()).isEqualTo(412);
		assertThat(api.delete(uri, admin).status()).isEqualTo(204);
		assertThat(api.get(uri, sales).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/activities/not-an-id", sales).status()).isEqualTo(404);
	}

	@Test
	void theAuditTrailNamesTheActivityAndItsPeopleButNeverItsContent() {
		String ada = contact("Audit-" + tag());
		String secret = "Secret plan " + tag();
		Response note = log("{\"type\":\"note\",\"subject\":\"" + secret + "\",\"body\":\"" + secret
				+ "\",\"contactIds\":[\"" + ada + "\"]}");
		String id = note.text("id");
		api.get("/api/v1/activities/" + id, sales);
		api.get("/api/v1/activities?contactId=" + ada, sales);
		List<String> entries = jdbc.sql("select action || ' ' || coalesce(resource_id, '-') || ' ' || subject_ids "
				+ "from audit_events where resource_type = 'activity' and subject_ids like ?")
			.param("%" + ada + "%").query(String.class).list();
		assertThat(entries).anyMatch(e -> e.startsWith("CREATE " + id)).anyMatch(e -> e.startsWith("READ " + id))
			.anyMatch(e -> e.startsWith("READ -"));
		assertThat(entries).noneMatch(e -> e.contains("Secret"));
	}

	@Test
	void erasingOneOfTwoPeopleInAMeetingLeavesTheOtherTheirCopy() {
		String ada = contact("Erased-" + tag());
		String grace = contact("Kept-" + tag());
		Response meeting = log("{\"type\":\"meeting\",\"subject\":\"Design review\",\"body\":\"Minutes\","
				+ "\"attendeeContactIds\":[\"" + ada + "\",\"" + grace + "\"]}");
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		Response onlyAda = log("{\"type\":\"note\",\"body\":\"About Ada alone\",\"contactIds\":[\"" + ada + "\"]}");
		UUID id = UUID.fromString(meeting.text("id"));

		Response export = api.get("/api/v1/subjects/" + ada + "/data", personas.token(Role.DPO));
		assertThat(export.body()).contains("Design review", "About Ada alone", "communication.content");

		Response erased = api.post("/api/v1/subjects/" + ada + "/erasure", admin, null);
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		erased.json().get("modules").forEach(m -> {
			if (m.get("module").asString().equals("activity")) {
				assertThat(m.get("erased").asLong()).isEqualTo(2);
			}
		});
		Response read = api.get("/api/v1/activities/" + id, sales);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("subject")).isEqualTo("Design review");
		assertThat(texts(read.json().get("attendeeContactIds"))).containsExactly(grace);
		assertThat(jdbc.sql("select count(*) from activity_copies where subject_id = ?").param(UUID.fromString(ada))
			.query(Long.class).single()).isZero();
		assertThat(api.get("/api/v1/activities/" + onlyAda.text("id"), sales).status()).isEqualTo(404);
	}

	@Test
	void anErasedPersonWhomARestoredBackupBroughtBackIsRemovedAgainOnStart() {
		String ada = contact("Restored-" + tag());
		String grace = contact("Stays-" + tag());
		Response note = log("{\"type\":\"note\",\"body\":\"Both\",\"contactIds\":[\"" + ada + "\",\"" + grace
				+ "\"]}");
		UUID id = UUID.fromString(note.text("id"));
		byte[] copy = jdbc.sql("select body from activity_copies where subject_id = ? and activity_id = ?")
			.params(UUID.fromString(ada), id).query(byte[].class).single();
		assertThat(api.post("/api/v1/subjects/" + ada + "/erasure", admin, null).status()).isEqualTo(200);
		// what a backup from before the erasure holds
		jdbc.sql("insert into activity_copies (subject_id, activity_id, body) values (?, ?, ?)")
			.params(UUID.fromString(ada), id, copy).update();
		jdbc.sql("insert into activity_links (activity_id, kind, record_id, occurred_at) select id, 'contact', ?, "
				+ "occurred_at from activities where id = ?").params(UUID.fromString(ada), id).update();
		replay.run(null);
		assertThat(jdbc.sql("select count(*) from activity_copies where subject_id = ?").param(UUID.fromString(ada))
			.query(Long.class).single()).isZero();
		Response read = api.get("/api/v1/activities/" + id, sales);
		assertThat(read.text("body")).isEqualTo("Both");
		assertThat(texts(read.json().get("contactIds"))).containsExactly(grace);
	}

	@Test
	void activitiesAboutARestrictedPersonAreHiddenFromUsersAndRefuseChanges() {
		String ada = contact("Restricted-" + tag());
		Response note = log("{\"type\":\"note\",\"body\":\"Before\",\"contactIds\":[\"" + ada + "\"]}");
		String dpo = personas.token(Role.DPO);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + ada + "/restriction", dpo, null).status())
			.isEqualTo(204);
		assertThat(api.get("/api/v1/activities?contactId=" + ada, sales).json().get("total").asLong()).isZero();
		assertThat(api.get("/api/v1/activities?contactId=" + ada, dpo).json().get("total").asLong()).isEqualTo(1);
		assertThat(log("{\"type\":\"note\",\"body\":\"After\",\"contactIds\":[\"" + ada + "\"]}").status())
			.isEqualTo(400);
		assertThat(api.send(HttpMethod.PATCH, "/api/v1/activities/" + note.text("id"), sales, "{\"body\":\"x\"}",
				"If-Match", "\"0\"").status()).isEqualTo(404);
		assertThat(api.delete("/api/v1/subjects/" + ada + "/restriction", dpo).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/activities?contactId=" + ada, sales).json().get("total").asLong()).isEqualTo(1);
	}
}
