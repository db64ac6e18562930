package dev.custodian.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import dev.custodian.support.AppLog;
import dev.custodian.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail records every read and change of contacts, holds no personal data, and shows tampering.
 * Runs on H2 and PostgreSQL.
 */
@ExtendWith({ OutputCaptureExtension.class, AppLog.class })
public abstract class AuditContract extends ApiContract {

	String sales;

	String dpo;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
		dpo = personas.token(Role.DPO);
	}

	@Test
	void everyReadAndChangeIsRecordedWithoutFieldValues() {
		String marker = "Marker" + UUID.randomUUID().toString().substring(0, 8);
		String id = api.post("/api/v1/contacts", sales,
				"{\"firstName\":\"" + marker + "\",\"email\":\"" + marker + "@example.org\"}").text("id");
		api.get("/api/v1/contacts/" + id, sales);
		api.get("/api/v1/contacts?q=" + marker, sales);
		api.send(org.springframework.http.HttpMethod.PATCH, "/api/v1/contacts/" + id, sales, "{\"jobTitle\":\"CEO\"}",
				"If-Match", "\"0\"");
		api.delete("/api/v1/contacts/" + id, dpo);

		Response trail = api.get("/api/v1/audit/events?subjectId=" + id, dpo);
		assertThat(trail.status()).isEqualTo(200);
		assertThat(trail.body()).doesNotContain(marker).doesNotContain("CEO");
		List<String> actions = new ArrayList<>();
		for (JsonNode entry : trail.json().get("items")) {
			actions.add(entry.get("action").asString());
			assertThat(entry.get("resourceType").asString()).isEqualTo("contact");
			assertThat(entry.get("outcome").asString()).isEqualTo("SUCCESS");
			assertThat(entry.get("requestId").asString()).isNotBlank();
		}
		// newest first: delete, update, list read, read, create
		assertThat(actions).containsExactly("DELETE", "UPDATE", "READ", "READ", "CREATE");
		JsonNode create = trail.json().get("items").get(4);
		assertThat(create.get("actorType").asString()).isEqualTo("token");
		assertThat(create.get("actorId").asString()).isEqualTo(personas.user(Role.SALES).id().toString());

		String salesId = personas.user(Role.SALES).id().toString();
		Response byActor = api.get("/api/v1/audit/events?limit=3&actor=" + salesId, dpo);
		assertThat(byActor.json().get("items")).hasSize(3)
			.allSatisfy(e -> assertThat(e.get("actorId").asString()).isEqualTo(salesId));
		assertThat(byActor.json().get("nextCursor").isNull()).isFalse();
	}

	@Test
	void aListReadIsOneEntryNamingEveryContactShown() {
		String tag = "lst" + UUID.randomUUID().toString().substring(0, 6);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ids.add(api.post("/api/v1/contacts", sales, "{\"lastName\":\"" + tag + i + "\"}").text("id"));
		}
		api.get("/api/v1/contacts?q=" + tag, sales);
		Response entries = api.get("/api/v1/audit/events?subjectId=" + ids.get(0), dpo);
		JsonNode listRead = entries.json().get("items").get(0);
		assertThat(listRead.get("action").asString()).isEqualTo("READ");
		assertThat(listRead.get("resourceId").isNull()).isTrue();
		List<String> subjects = new ArrayList<>();
		listRead.get("subjectIds").forEach(s -> subjects.add(s.asString()));
		assertThat(subjects).containsExactlyInAnyOrderElementsOf(ids);
	}

	@Test
	void verificationFindsAnEntryAlteredInTheDatabase() {
		String id = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Tamper\"}").text("id");
		Response before = api.get("/api/v1/audit/verify", dpo);
		assertThat(before.status()).isEqualTo(200);
		assertThat(before.json().get("valid").asBoolean()).isTrue();
		assertThat(before.json().get("checked").asLong()).isPositive();

		UUID entry = jdbc.sql("select id from audit_events where resource_id = ? and action = 'CREATE'")
			.param(id)
			.query(UUID.class)
			.single();
		jdbc.sql("update audit_events set actor_id = 'someone-else' where id = ?").param(entry).update();
		try {
			Response after = api.get("/api/v1/audit/verify", dpo);
			assertThat(after.json().get("valid").asBoolean()).isFalse();
			assertThat(after.text("firstBrokenEntry")).isEqualTo(entry.toString());
		}
		finally {
			jdbc.sql("update audit_events set actor_id = ? where id = ?")
				.params(personas.user(Role.SALES).id().toString(), entry)
				.update();
		}
		assertThat(api.get("/api/v1/audit/verify", dpo).json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void verificationFindsASubjectIndexRowRepointedToAnotherSubject() {
		String id = api.post("/api/v1/contacts", sales, "{\"lastName\":\"Repoint\"}").text("id");
		UUID other = UUID.randomUUID();
		assertThat(valid()).isTrue();
		int moved = jdbc.sql("update audit_event_subjects set subject_id = ? where subject_id = ?")
			.params(other, UUID.fromString(id))
			.update();
		assertThat(moved).isPositive();
		try {
			Response after = api.get("/api/v1/audit/verify", dpo);
			assertThat(after.json().get("valid").asBoolean()).isFalse();
			assertThat(after.text("failure")).isEqualTo("subject-index");
		}
		finally {
			jdbc.sql("update audit_event_subjects set subject_id = ? where subject_id = ?")
				.params(UUID.fromString(id), other)
				.update();
		}
		assertThat(valid()).isTrue();
	}

	@Test
	void aRowInsertedBehindTheApplicationsBackIsNeverSealed() {
		api.post("/api/v1/contacts", sales, "{\"lastName\":\"Forgery\"}");
		assertThat(valid()).isTrue();
		UUID forged = dev.custodian.shared.Ids.newId();
		jdbc.sql("""
				insert into audit_events (id, occurred_at, actor_type, actor_id, action, resource_type, resource_id,
				                          subject_ids, request_id, outcome)
				values (?, ?, 'user', 'intruder', 'READ', 'contact', null, '', null, 'SUCCESS')""")
			.params(forged, java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(86_400)))
			.update();
		try {
			Response after = api.get("/api/v1/audit/verify", dpo);
			assertThat(after.json().get("valid").asBoolean()).isFalse();
			assertThat(after.text("failure")).isEqualTo("refused-entries");
			assertThat(after.json().get("refusedEntries").asLong()).isEqualTo(1);
			assertThat(jdbc.sql("select chain_seq from audit_events where id = ?").param(forged).query(Long.class)
				.optional()).isEmpty();
			assertThat(api.get("/api/v1/audit/events?actor=intruder", dpo).json().get("items")).isEmpty();
		}
		finally {
			jdbc.sql("delete from audit_events where id = ?").param(forged).update();
		}
		assertThat(valid()).isTrue();
	}

	@Test
	void recomputingTheChainWithoutTheAuditKeyIsCaught() {
		api.post("/api/v1/contacts", sales, "{\"lastName\":\"Rewrite\"}");
		assertThat(valid()).isTrue();
		List<java.util.Map<String, Object>> original = jdbc
			.sql("select id, actor_id, prev_hash, hash from audit_events where chain_seq is not null order by chain_seq")
			.query().listOfRows();
		long head = jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
		String headHash = jdbc.sql("select last_hash from audit_chain_head").query(String.class).single();
		// an intruder alters the last entry and recomputes its link the only way open to them, without the key
		java.util.Map<String, Object> last = original.get(original.size() - 1);
		jdbc.sql("update audit_events set actor_id = 'someone-else' where id = ?").param(last.get("id")).update();
		AuditEntry altered = jdbc.sql("select " + AuditEvents.COLUMNS + " from audit_events where id = ?")
			.param(last.get("id")).query(AuditEvents::map).single();
		String forgedLink = AuditChain.link(null, Long.MAX_VALUE, (String) last.get("prev_hash"), head, altered);
		jdbc.sql("update audit_events set hash = ? where id = ?").params(forgedLink, last.get("id")).update();
		jdbc.sql("update audit_chain_head set last_hash = ?").param(forgedLink).update();
		try {
			Response after = api.get("/api/v1/audit/verify", dpo);
			assertThat(after.json().get("valid").asBoolean()).isFalse();
			assertThat(after.text("firstBrokenEntry")).isEqualTo(last.get("id").toString());
		}
		finally {
			jdbc.sql("update audit_events set actor_id = ?, hash = ? where id = ?")
				.params(last.get("actor_id"), last.get("hash"), last.get("id")).update();
			jdbc.sql("update audit_chain_head set last_hash = ? where last_hash = ?").params(headHash, forgedLink).update();
		}
		assertThat(valid()).isTrue();
	}

	@Test
	void aClientsRequestIdCannotCarryWordsIntoTheTrail() {
		String wordy = "Ada-Lovelace-1815-London";
		Response created = api.send(org.springframework.http.HttpMethod.POST, "/api/v1/contacts", sales,
				"{\"lastName\":\"Correlation\"}", "X-Request-Id", wordy);
		assertThat(created.header("X-Request-Id")).isNotEqualTo(wordy);
		String id = created.text("id");
		String uuid = UUID.randomUUID().toString();
		api.send(org.springframework.http.HttpMethod.GET, "/api/v1/contacts/" + id, sales, null, "X-Request-Id", uuid);
		List<String> requestIds = jdbc.sql("select request_id from audit_events where resource_id = ?").param(id)
			.query(String.class).list();
		assertThat(requestIds).hasSize(2).doesNotContain(wordy).contains(uuid);
	}

	private boolean valid() {
		return api.get("/api/v1/audit/verify", dpo).json().get("valid").asBoolean();
	}

	@Test
	void personalDataNeverReachesTheLog(CapturedOutput output, AppLog log) throws Exception {
		String marker = "Logmarker" + UUID.randomUUID().toString().substring(0, 8);
		String email = marker.toLowerCase() + "@example.org";
		api.post("/api/v1/contacts", sales, "{\"firstName\":\"" + marker + "\",\"email\":\"" + email + "\"}");
		api.post("/api/v1/contacts", sales, "{\"firstName\":\"" + marker + "\",\"email\":\"" + email + "\"}");
		api.post("/api/v1/contacts", sales, "{\"firstName\":\"" + marker + "\",\"email\":\"" + marker + "@@\"}");
		api.post("/api/v1/contacts", sales, "{\"firstName\":\"" + marker + "\", broken");
		api.get("/api/v1/contacts?q=" + marker, sales);
		var session = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.authentication(personas.session(Role.SALES));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		for (String lastName : List.of(marker, "ß".repeat(60) + marker)) {
			mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/contacts")
				.with(session).with(csrf).param("lastName", lastName).param("email", email)).andReturn();
		}
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/contacts/search")
			.with(session).with(csrf).param("q", marker)).andReturn();
		// the console shows warnings and errors, the log file every level the loggers let through
		assertThat(log.written()).doesNotContainIgnoringCase(marker);
		assertThat(output.getAll()).doesNotContainIgnoringCase(marker);
	}
}
