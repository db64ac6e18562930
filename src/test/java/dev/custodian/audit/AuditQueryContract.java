package dev.custodian.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/audit/events} filters by action, resource type, actor and dates, and names every malformed
 * filter at once. Runs on H2 and PostgreSQL.
 */
public abstract class AuditQueryContract extends ApiContract {

	String sales;

	String dpo;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
		dpo = personas.token(Role.DPO);
	}

	@Test
	void actionResourceTypeAndActorCombine() {
		String id = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Filtered\"}").text("id");
		api.post("/api/v1/companies", sales, "{\"name\":\"Filter Works\"}");
		api.delete("/api/v1/contacts/" + id, dpo);
		String dpoId = personas.user(Role.DPO).id().toString();

		List<JsonNode> deletions = items(api.get("/api/v1/audit/events?action=delete&resourceType=contact&actor="
				+ dpoId, dpo));
		assertThat(deletions).isNotEmpty().allSatisfy(entry -> {
			assertThat(entry.get("action").asString()).isEqualTo("DELETE");
			assertThat(entry.get("resourceType").asString()).isEqualTo("contact");
			assertThat(entry.get("actorId").asString()).isEqualTo(dpoId);
		});
		assertThat(deletions.get(0).get("resourceId").asString()).isEqualTo(id);

		List<JsonNode> companies = items(api.get("/api/v1/audit/events?resourceType=company&limit=200", dpo));
		assertThat(companies).isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.get("resourceType").asString()).isEqualTo("company"));
		assertThat(items(api.get("/api/v1/audit/events?action=CREATE&resourceType=no-such-type", dpo))).isEmpty();
	}

	@Test
	void datesAreWholeDaysAndDateTimesAreExact() {
		String id = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Dated\"}").text("id");
		JsonNode created = items(api.get("/api/v1/audit/events?action=CREATE&resourceType=contact&limit=1", dpo)).get(0);
		assertThat(created.get("resourceId").asString()).isEqualTo(id);
		java.time.Instant at = java.time.Instant.parse(created.get("occurredAt").asString());
		LocalDate day = at.atZone(ZoneId.systemDefault()).toLocalDate();

		assertThat(ids("from=" + day + "&to=" + day)).contains(id);
		assertThat(ids("from=" + day)).contains(id);
		assertThat(ids("to=" + day)).contains(id);
		assertThat(ids("from=" + day.plusDays(1))).doesNotContain(id);
		assertThat(ids("to=" + day.minusDays(1))).doesNotContain(id);
		// a date-time: from is the first moment included, to the first moment left out
		assertThat(ids("from=" + at + "&to=" + at.plusMillis(1))).containsExactly(id);
		assertThat(ids("to=" + at)).doesNotContain(id);
		assertThat(ids("from=" + at.plusMillis(1))).doesNotContain(id);
	}

	@Test
	void everyMalformedFilterIsNamedAtOnce() {
		Response bad = api.get("/api/v1/audit/events?subjectId=someone&action=PUBLISH&resourceType=Contact%20list"
				+ "&from=yesterday&to=2026-02-30&limit=0&actor=" + "x".repeat(65), dpo);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		assertThat(fields(bad)).containsExactlyInAnyOrder("subjectId", "actor", "action", "resourceType", "from", "to",
				"limit");

		Response backwards = api.get("/api/v1/audit/events?from=2026-03-02&to=2026-03-01", dpo);
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(fields(backwards)).containsExactly("to");
		assertThat(api.get("/api/v1/audit/events?from=2026-03-01&to=2026-03-01", dpo).status()).isEqualTo(200);
	}

	@Test
	void oldestFirstPagesForwardAndACursorKeepsToItsOrder() {
		List<String> created = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			created.add(api.post("/api/v1/contacts", sales, "{\"lastName\":\"Ordered" + i + "\"}").text("id"));
		}
		String filter = "/api/v1/audit/events?action=CREATE&resourceType=contact&limit=2";
		Response newest = api.get(filter, dpo);
		assertThat(items(newest).get(0).get("resourceId").asString()).isEqualTo(created.get(2));
		Response oldest = api.get(filter + "&sort=oldest", dpo);
		List<String> forward = new java.util.ArrayList<>();
		Response page = oldest;
		while (true) {
			items(page).forEach(entry -> forward.add(entry.get("resourceId").asString()));
			JsonNode next = page.json().get("nextCursor");
			if (next.isNull()) {
				break;
			}
			page = api.get(filter + "&sort=oldest&cursor=" + next.asString(), dpo);
		}
		assertThat(forward).containsSubsequence(created);
		assertThat(forward.indexOf(created.get(0))).isLessThan(forward.indexOf(created.get(2)));

		String newestCursor = newest.json().get("nextCursor").asString();
		Response mixed = api.get(filter + "&sort=oldest&cursor=" + newestCursor, dpo);
		assertThat(mixed.status()).isEqualTo(400);
		assertThat(fields(mixed)).containsExactly("cursor");
		assertThat(fields(api.get(filter + "&sort=sideways", dpo))).containsExactly("sort");
	}

	@Test
	void onlyAuditReadersMayFilter() {
		assertThat(api.get("/api/v1/audit/events?action=READ", sales).status()).isEqualTo(403);
	}

	private List<String> ids(String filters) {
		Response page = api.get("/api/v1/audit/events?action=CREATE&resourceType=contact&limit=200&" + filters, dpo);
		assertThat(page.status()).as(filters).isEqualTo(200);
		return items(page).stream().map(entry -> entry.get("resourceId").asString()).toList();
	}

	private static List<JsonNode> items(Response page) {
		List<JsonNode> items = new ArrayList<>();
		page.json().get("items").forEach(items::add);
		return items;
	}

	private static List<String> fields(Response bad) {
		List<String> fields = new ArrayList<>();
		bad.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		return fields;
	}
}
