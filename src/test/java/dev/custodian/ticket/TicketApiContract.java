package dev.custodian.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.activity.ActivityLogged;
import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets through the API, on H2 and PostgreSQL: opening with every invalid field named at once, the status moves
 * the ticket allows, the SLA clocks (deadlines from the targets, at risk and breached as time passes, pending
 * standing them still, the first response from the timeline), the queues and search, optimistic locking,
 * permissions, and what erasure and restriction of the requester do to their tickets.
 */
public abstract class TicketApiContract extends ApiContract {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TicketErasureReplay replay;

	String admin;

	String support;

	String sales;

	String dpo;

	@BeforeEach
	void setUp() {
		admin = personas.token(Role.ADMIN);
		support = personas.token(Role.SUPPORT);
		sales = personas.token(Role.SALES);
		dpo = personas.token(Role.DPO);
	}

	String contact() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Response created = api.post("/api/v1/contacts", admin,
				"{\"firstName\":\"Rita\",\"lastName\":\"Requester\",\"email\":\"rita-" + tag + "@example.org\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	JsonNode ticket(String requester, String subject, String priority) {
		Response created = api.post("/api/v1/tickets", support, "{\"subject\":\"" + subject
				+ "\",\"description\":\"Details of " + subject + "\",\"priority\":\"" + priority
				+ "\",\"channel\":\"email\",\"requesterId\":\"" + requester + "\",\"tags\":[\"Hardware\",\"fire\"]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	Response patch(String id, String token, String json, @Nullable String ifMatch) {
		return ifMatch == null ? api.send(HttpMethod.PATCH, "/api/v1/tickets/" + id, token, json)
				: api.send(HttpMethod.PATCH, "/api/v1/tickets/" + id, token, json, "If-Match", ifMatch);
	}

	JsonNode read(String id) {
		Response read = api.get("/api/v1/tickets/" + id, support);
		assertThat(read.status()).as(read.body()).isEqualTo(200);
		return read.json();
	}

	static List<String> errorFields(Response response) {
		List<String> named = new ArrayList<>();
		response.json().get("errors").forEach(e -> named.add(e.get("field").asString()));
		return named;
	}

	static List<String> ids(Response list) {
		List<String> ids = new ArrayList<>();
		list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
		return ids;
	}

	static Duration between(JsonNode ticket, String from, String to) {
		return Duration.between(Instant.parse(ticket.get(from).asString()), Instant.parse(ticket.get(to).asString()));
	}

	@Test
	void supportOpensATicketThatStartsNewWithDeadlinesFromTheTargetsSealedAndAudited() {
		String requester = contact();
		Response created = api.post("/api/v1/tickets", support, "{\"subject\":\"Printer on fire\",\"description\":"
				+ "\"Smoke everywhere\",\"priority\":\"normal\",\"channel\":\"phone\",\"requesterId\":\"" + requester
				+ "\",\"tags\":[\" Hardware \",\"hardware\",\"fire\"]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode ticket = created.json();
		String id = ticket.get("id").asString();
		assertThat(created.header("Location")).endsWith("/api/v1/tickets/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(ticket.get("status").asString()).isEqualTo("new");
		assertThat(ticket.get("number").asLong()).isPositive();
		assertThat(ticket.get("tags").toString()).isEqualTo("[\"hardware\",\"fire\"]");
		assertThat(between(ticket, "createdAt", "firstResponseDueAt")).isEqualTo(Duration.ofMinutes(240));
		assertThat(between(ticket, "createdAt", "resolutionDueAt")).isEqualTo(Duration.ofMinutes(1440));
		assertThat(ticket.get("slaState").asString()).isEqualTo("ok");
		assertThat(ticket.get("firstResponseAt").isNull()).isTrue();

		JsonNode read = read(id);
		assertThat(read.get("subject").asString()).isEqualTo("Printer on fire");
		assertThat(read.get("description").asString()).isEqualTo("Smoke everywhere");
		byte[] stored = jdbc.sql("select subject_line from tickets where id = ?").param(UUID.fromString(id))
			.query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Printer");
		List<String> audited = jdbc.sql("select action from audit_events where resource_type = 'ticket' and "
				+ "resource_id = ? order by occurred_at, id").param(id).query(String.class).list();
		assertThat(audited).containsExactly("CREATE", "READ");
	}

	@Test
	void anInvalidTicketIsRefusedNamingEveryFieldAtOnce() {
		Response refused = api.post("/api/v1/tickets", support, "{\"subject\":\" \",\"priority\":\"asap\","
				+ "\"channel\":\"fax\",\"requesterId\":\"not-an-id\",\"assigneeId\":\"" + UUID.randomUUID()
				+ "\",\"tags\":[\"no spaces allowed here at all, far too long\"],\"colour\":\"red\"}");
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(errorFields(refused)).contains("subject", "priority", "channel", "requesterId", "assigneeId",
				"tags", "colour");
		Response unknownRequester = api.post("/api/v1/tickets", support, "{\"subject\":\"Hello\",\"channel\":\"web\","
				+ "\"requesterId\":\"" + UUID.randomUUID() + "\"}");
		assertThat(unknownRequester.status()).isEqualTo(400);
		assertThat(errorFields(unknownRequester)).containsExactly("requesterId");
		assertThat(api.post("/api/v1/tickets", support, "[]").status()).isEqualTo(400);
	}

	@Test
	void salesReadsTicketsButCannotOpenChangeOrDeleteThem() {
		JsonNode ticket = ticket(contact(), "Read only please", "low");
		String id = ticket.get("id").asString();
		assertThat(api.get("/api/v1/tickets/" + id, sales).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/tickets", sales).status()).isEqualTo(200);
		assertThat(api.post("/api/v1/tickets", sales, "{\"subject\":\"x\",\"channel\":\"web\",\"requesterId\":\""
				+ ticket.get("requesterId").asString() + "\"}").status()).isEqualTo(403);
		assertThat(patch(id, sales, "{\"status\":\"open\"}", "\"0\"").status()).isEqualTo(403);
		assertThat(api.delete("/api/v1/tickets/" + id, support).status()).isEqualTo(403);
		assertThat(api.get("/api/v1/tickets", null).status()).isEqualTo(401);
	}

	@Test
	void statusMovesFollowTheRulesAndEachChangeNeedsTheCurrentVersion() {
		String id = ticket(contact(), "Moving along", "high").get("id").asString();
		assertThat(patch(id, support, "{\"status\":\"open\"}", null).status()).isEqualTo(428);
		assertThat(patch(id, support, "{\"status\":\"open\"}", "\"7\"").status()).isEqualTo(412);

		Response opened = patch(id, support, "{\"status\":\"open\"}", "\"0\"");
		assertThat(opened.status()).as(opened.body()).isEqualTo(200);
		assertThat(opened.header("ETag")).isEqualTo("\"1\"");
		assertThat(opened.json().get("firstResponseAt").isNull()).as("moving away from new answers").isFalse();

		Response backToNew = patch(id, support, "{\"status\":\"new\"}", "\"1\"");
		assertThat(backToNew.status()).isEqualTo(400);
		assertThat(errorFields(backToNew)).containsExactly("status");

		Response solved = patch(id, support, "{\"status\":\"solved\"}", "\"1\"");
		assertThat(solved.json().get("resolvedAt").isNull()).isFalse();
		assertThat(solved.json().get("slaPaused").asBoolean()).isTrue();
		Response reopened = patch(id, support, "{\"status\":\"open\"}", "\"2\"");
		assertThat(reopened.json().get("resolvedAt").isNull()).as("reopening clears the resolution").isTrue();
		Response closed = patch(id, support, "{\"status\":\"closed\"}", "\"3\"");
		assertThat(closed.status()).isEqualTo(200);
		Response afterClosed = patch(id, support, "{\"status\":\"open\"}", "\"4\"");
		assertThat(afterClosed.status()).isEqualTo(400);
		assertThat(errorFields(afterClosed)).contains("status");

		assertThat(api.delete("/api/v1/tickets/" + id, admin).status()).isEqualTo(204);
		assertThat(api.get("/api/v1/tickets/" + id, support).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/tickets/not-a-uuid", support).status()).isEqualTo(404);
	}

	@Test
	void aTicketGoesAtRiskThenBreachedAndTheBreachedQueuePagesThroughIt() {
		String requester = contact();
		String id = ticket(requester, "Urgent outage", "urgent").get("id").asString();
		assertThat(read(id).get("slaState").asString()).isEqualTo("ok");
		TicketTime.age(jdbc, id, Duration.ofMinutes(25));
		assertThat(read(id).get("slaState").asString()).as("5 of 30 minutes left").isEqualTo("at-risk");
		assertThat(ids(api.get("/api/v1/tickets?queue=breached&requesterId=" + requester, support))).isEmpty();
		TicketTime.age(jdbc, id, Duration.ofMinutes(10));
		assertThat(read(id).get("slaState").asString()).isEqualTo("breached");

		String second = ticket(requester, "Second outage", "urgent").get("id").asString();
		TicketTime.age(jdbc, second, Duration.ofMinutes(50));
		Response first = api.get("/api/v1/tickets?queue=breached&limit=1&requesterId=" + requester, support);
		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(ids(first)).containsExactly(second);
		assertThat(first.json().get("total").asLong()).isEqualTo(2);
		Response next = api.get("/api/v1/tickets?queue=breached&limit=1&requesterId=" + requester + "&cursor="
				+ first.text("nextCursor"), support);
		assertThat(ids(next)).containsExactly(id);
		assertThat(next.json().get("nextCursor").isNull()).isTrue();
		assertThat(ids(api.get("/api/v1/tickets?breached=false&requesterId=" + requester, support))).isEmpty();
	}

	@Test
	void timePendingStandsTheClocksStill() {
		String id = ticket(contact(), "Waiting for the customer", "normal").get("id").asString();
		assertThat(patch(id, support, "{\"status\":\"pending\"}", "\"0\"").status()).isEqualTo(200);
		TicketTime.age(jdbc, id, Duration.ofHours(2));
		JsonNode paused = read(id);
		assertThat(paused.get("slaPaused").asBoolean()).isTrue();
		Response resumed = patch(id, support, "{\"status\":\"open\"}", "\"1\"");
		assertThat(resumed.status()).isEqualTo(200);
		Duration resolution = between(resumed.json(), "createdAt", "resolutionDueAt");
		assertThat(resolution).isBetween(Duration.ofMinutes(1440 + 119), Duration.ofMinutes(1440 + 121));
		assertThat(resumed.json().get("slaPaused").asBoolean()).isFalse();
	}

	@Test
	void theFirstOutboundEmailLoggedOnATicketIsItsFirstResponse() {
		String id = ticket(contact(), "Answer me", "normal").get("id").asString();
		UUID ticketId = UUID.fromString(id);
		List<ActivityLogged.Link> links = List.of(new ActivityLogged.Link("ticket", ticketId));
		Instant noted = Instant.parse("2026-01-01T10:00:00Z");
		transactions.executeWithoutResult(tx -> events
			.publishEvent(new ActivityLogged(UUID.randomUUID(), "note", null, noted, null, links)));
		assertThat(read(id).get("firstResponseAt").isNull()).as("a note is internal").isTrue();
		Instant sent = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		transactions.executeWithoutResult(tx -> events
			.publishEvent(new ActivityLogged(UUID.randomUUID(), "email", "outbound", sent, null, links)));
		assertThat(Instant.parse(read(id).get("firstResponseAt").asString())).isEqualTo(sent);
		transactions.executeWithoutResult(tx -> events.publishEvent(
				new ActivityLogged(UUID.randomUUID(), "call", "outbound", sent.plusSeconds(60), null, links)));
		assertThat(Instant.parse(read(id).get("firstResponseAt").asString())).as("only the first counts")
			.isEqualTo(sent);
	}

	@Test
	void queuesFiltersAndSearchFindTheRightTickets() {
		String requester = contact();
		String supportUser = personas.user(Role.SUPPORT).id().value().toString();
		String word = "zq" + UUID.randomUUID().toString().substring(0, 6);
		JsonNode mine = ticket(requester, "Keyboard " + word + " broken", "high");
		JsonNode other = ticket(requester, "Monitor flickers", "low");
		String mineId = mine.get("id").asString();
		assertThat(patch(mineId, support, "{\"assigneeId\":\"" + supportUser + "\",\"tags\":[\"desk\"]}", "\"0\"")
			.status()).isEqualTo(200);
		String base = "/api/v1/tickets?requesterId=" + requester;
		assertThat(ids(api.get(base + "&queue=mine", support))).containsExactly(mineId);
		assertThat(ids(api.get(base + "&queue=unassigned", support))).containsExactly(other.get("id").asString());
		assertThat(ids(api.get(base + "&assigneeId=" + supportUser, support))).containsExactly(mineId);
		assertThat(ids(api.get(base + "&tag=desk", support))).containsExactly(mineId);
		assertThat(ids(api.get(base + "&priority=low", support))).containsExactly(other.get("id").asString());
		assertThat(ids(api.get(base + "&sort=-priority", support))).containsExactly(mineId,
				other.get("id").asString());
		Response all = api.get(base + "&limit=1", support);
		assertThat(all.json().get("total").asLong()).isEqualTo(2);
		assertThat(all.json().get("nextCursor").isNull()).isFalse();

		assertThat(ids(api.get("/api/v1/tickets?q=" + word.substring(0, 5).toUpperCase(), support)))
			.containsExactly(mineId);
		assertThat(ids(api.get("/api/v1/tickets?q=keyb%20" + word, support))).containsExactly(mineId);
		assertThat(ids(api.get("/api/v1/tickets?q=%23" + mine.get("number").asLong(), support))).containsExactly(mineId);
		Response wrong = api.get("/api/v1/tickets?queue=later&status=done&breached=maybe&sort=colour&assigneeId=x",
				support);
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(errorFields(wrong)).contains("queue", "status", "breached", "sort", "assigneeId");
	}

	@Test
	void erasingTheRequesterKeepsTheTicketAsATombstoneWithoutTheirWords() {
		String requester = contact();
		String word = "er" + UUID.randomUUID().toString().substring(0, 6);
		String id = ticket(requester, "Erase " + word, "normal").get("id").asString();
		Response erased = api.post("/api/v1/subjects/" + requester + "/erasure", dpo, null);
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.body()).contains(id);
		JsonNode tombstone = read(id);
		assertThat(tombstone.get("requesterErased").asBoolean()).isTrue();
		assertThat(tombstone.get("subject").isNull()).isTrue();
		assertThat(tombstone.get("description").isNull()).isTrue();
		assertThat(jdbc.sql("select count(*) from tickets where id = ? and subject_line is null and description is null")
			.param(UUID.fromString(id)).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from ticket_search_tokens where ticket_id = ?")
			.param(UUID.fromString(id)).query(Long.class).single()).isZero();
		assertThat(ids(api.get("/api/v1/tickets?q=" + word, support))).isEmpty();
	}

	@Test
	void aRestoredBackupsTicketOfAnErasedRequesterIsTombstonedAgainOnStart() {
		String requester = contact();
		String id = ticket(requester, "Restored words", "normal").get("id").asString();
		byte[] subjectLine = jdbc.sql("select subject_line from tickets where id = ?").param(UUID.fromString(id))
			.query(byte[].class).single();
		assertThat(api.post("/api/v1/subjects/" + requester + "/erasure", dpo, null).status()).isEqualTo(200);
		// a data backup from before the erasure is restored: the row has its (now unreadable) words again
		jdbc.sql("update tickets set subject_line = ?, requester_erased_at = null where id = ?")
			.params(subjectLine, UUID.fromString(id)).update();

		replay.run(null);

		assertThat(jdbc.sql("select count(*) from tickets where id = ? and subject_line is null "
				+ "and requester_erased_at is not null").param(UUID.fromString(id)).query(Long.class).single())
			.isEqualTo(1);
		assertThat(read(id).get("requesterErased").asBoolean()).isTrue();
		assertThat(jdbc.sql("select outcome from audit_events where resource_type = 'ticket' and resource_id = ? "
				+ "and action = 'DELETE'").param(id).query(String.class).list()).contains("ERASED");
	}

	@Test
	void aRestrictedRequestersTicketsRefuseChangesAndLeaveListsForAllButTheDpo() {
		String requester = contact();
		String id = ticket(requester, "Restrict me", "normal").get("id").asString();
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + requester + "/restriction", dpo, null).status())
			.isEqualTo(204);
		JsonNode restricted = api.get("/api/v1/tickets/" + id, support).json();
		assertThat(restricted.get("restricted").asBoolean()).isTrue();
		Response refused = patch(id, support, "{\"status\":\"open\"}",
				"\"" + restricted.get("version").asLong() + "\"");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(ids(api.get("/api/v1/tickets?requesterId=" + requester, support))).isEmpty();
		assertThat(ids(api.get("/api/v1/tickets?requesterId=" + requester, dpo))).containsExactly(id);
		Response refusedNew = api.post("/api/v1/tickets", support, "{\"subject\":\"More\",\"channel\":\"web\","
				+ "\"requesterId\":\"" + requester + "\"}");
		assertThat(errorFields(refusedNew)).containsExactly("requesterId");
		assertThat(api.delete("/api/v1/subjects/" + requester + "/restriction", dpo).status()).isEqualTo(204);
		assertThat(ids(api.get("/api/v1/tickets?requesterId=" + requester, support))).containsExactly(id);
	}

	@Test
	void administratorsSetTheTargetsThatNewTicketsAreTimedBy() {
		Response read = api.get("/api/v1/sla-targets", sales);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("targets")).hasSize(4);
		String etag = read.header("ETag");
		String original = read.body();
		String changed = original.replace("\"firstResponseMinutes\":30,", "\"firstResponseMinutes\":15,");
		assertThat(api.send(HttpMethod.PUT, "/api/v1/sla-targets", sales, changed, "If-Match", etag).status())
			.isEqualTo(403);
		Response invalid = api.send(HttpMethod.PUT, "/api/v1/sla-targets", admin,
				"{\"targets\":[{\"priority\":\"urgent\",\"firstResponseMinutes\":0,\"resolutionMinutes\":10},"
						+ "{\"priority\":\"soon\",\"firstResponseMinutes\":1,\"resolutionMinutes\":\"x\"}]}",
				"If-Match", etag);
		assertThat(invalid.status()).isEqualTo(400);
		assertThat(errorFields(invalid)).contains("targets[0].firstResponseMinutes", "targets[1].priority",
				"targets[1].resolutionMinutes", "targets");
		Response saved = api.send(HttpMethod.PUT, "/api/v1/sla-targets", admin, changed, "If-Match", etag);
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		try {
			assertThat(api.send(HttpMethod.PUT, "/api/v1/sla-targets", admin, changed, "If-Match", etag).status())
				.isEqualTo(412);
			JsonNode urgent = ticket(contact(), "Faster now", "urgent");
			assertThat(between(urgent, "createdAt", "firstResponseDueAt")).isEqualTo(Duration.ofMinutes(15));
		}
		finally {
			assertThat(api.send(HttpMethod.PUT, "/api/v1/sla-targets", admin, original, "If-Match",
					saved.header("ETag")).status()).isEqualTo(200);
		}
	}
}
