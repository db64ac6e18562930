package dev.custodian.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data-subject API as a client sees it, on H2 and PostgreSQL: the merged export of every module with its
 * categories, who may act on subjects, unknown subjects, the audit entry, restriction and its effect on the contact
 * API, and erasure with its report.
 */
public abstract class SubjectDataContract extends ApiContract {

	static final String RESTRICTED = "This person's data is restricted (Art. 18): it can only be stored until the "
			+ "restriction is lifted";

	@Autowired
	Vault vault;

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A contact with every field filled, created by the sales persona, and read once by them. */
	String fullContact(String tag) {
		String sales = personas.token(Role.SALES);
		String id = api.post("/api/v1/contacts", sales, """
				{"firstName":"Grace","lastName":"Hopper-%s","email":"grace-%s@example.org","phone":"+44 20 7946 0958",
				 "jobTitle":"Rear Admiral","lifecycleStage":"customer","source":"Conference",
				 "address":{"street":"1 Cobol Way","city":"Arlington","postalCode":"22201","country":"US"}}"""
			.formatted(tag, tag)).text("id");
		assertThat(api.get("/api/v1/contacts/" + id, sales).status()).isEqualTo(200);
		return id;
	}

	@Test
	void theExportHoldsEveryFieldOfTheContactWithItsCategoryAndWhoReadOrChangedIt() {
		String tag = tag();
		String id = fullContact(tag);
		Response export = api.get("/api/v1/subjects/" + id + "/data", personas.token(Role.DPO));
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.text("subjectId")).isEqualTo(id);
		assertThat(export.json().get("restricted").asBoolean()).isFalse();
		assertThat(export.text("exportedAt")).isNotBlank();
		Map<String, JsonNode> modules = new HashMap<>();
		export.json().get("modules").forEach(m -> modules.put(m.get("module").asString(), m));
		assertThat(modules).containsOnlyKeys("audit", "contact");

		JsonNode contact = modules.get("contact").get("records").get(0);
		assertThat(contact.get("recordType").asString()).isEqualTo("contact");
		assertThat(contact.get("id").asString()).isEqualTo(id);
		Map<String, String> values = new HashMap<>();
		Map<String, String> categories = new HashMap<>();
		contact.get("values").forEach(v -> {
			values.put(v.get("field").asString(), v.get("value").asString());
			categories.put(v.get("field").asString(), v.get("category").isNull() ? null : v.get("category").asString());
		});
		assertThat(values).containsEntry("firstName", "Grace").containsEntry("lastName", "Hopper-" + tag)
			.containsEntry("email", "grace-" + tag + "@example.org").containsEntry("phone", "+442079460958")
			.containsEntry("jobTitle", "Rear Admiral").containsEntry("address.street", "1 Cobol Way")
			.containsEntry("address.city", "Arlington").containsEntry("address.postalCode", "22201")
			.containsEntry("address.country", "US").containsEntry("lifecycle_stage", "customer")
			.containsEntry("source", "Conference").containsEntry("subject_id", id)
			.doesNotContainKeys("email_index", "phone_index", "restricted_at");
		assertThat(categories).containsEntry("firstName", "identity.name").containsEntry("lastName", "identity.name")
			.containsEntry("email", "contact.email").containsEntry("phone", "contact.phone")
			.containsEntry("jobTitle", "professional.job_title").containsEntry("address.city", "contact.address")
			.containsEntry("address.country", "contact.address").containsEntry("lifecycle_stage", null);

		List<Map<String, String>> trail = new ArrayList<>();
		modules.get("audit").get("records").forEach(r -> {
			Map<String, String> entry = new HashMap<>();
			r.get("values").forEach(v -> entry.put(v.get("field").asString(), v.get("value").asString()));
			trail.add(entry);
		});
		assertThat(trail).anySatisfy(entry -> assertThat(entry).containsEntry("action", "CREATE")
			.containsEntry("recordType", "contact").containsEntry("channel", "API token")
			.containsEntry("outcome", "SUCCESS").containsKey("occurredAt")
			.hasEntrySatisfying("actor", actor -> assertThat(actor).contains("test-sales")));
		assertThat(trail).anySatisfy(entry -> assertThat(entry).containsEntry("action", "READ"));
	}

	@Test
	void onlyAdministratorsAndTheDataProtectionOfficerMayActOnSubjects() {
		String id = fullContact(tag());
		for (Role role : List.of(Role.SALES, Role.MARKETING, Role.SUPPORT, Role.MANAGER, Role.READ_ONLY)) {
			String token = personas.token(role);
			assertThat(api.get("/api/v1/subjects/" + id + "/data", token).status()).as(role + " export").isEqualTo(403);
			assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + id + "/restriction", token, null).status())
				.as(role + " restrict").isEqualTo(403);
			assertThat(api.delete("/api/v1/subjects/" + id + "/restriction", token).status()).as(role + " lift")
				.isEqualTo(403);
			assertThat(api.post("/api/v1/subjects/" + id + "/erasure", token, null).status()).as(role + " erase")
				.isEqualTo(403);
		}
		assertThat(api.get("/api/v1/subjects/" + id + "/data", null).status()).isEqualTo(401);
		assertThat(api.get("/api/v1/contacts/" + id, personas.token(Role.SALES)).json().get("restricted").asBoolean())
			.isFalse();
		assertThat(api.get("/api/v1/subjects/" + id + "/data", personas.token(Role.ADMIN)).status()).isEqualTo(200);
	}

	@Test
	void aSubjectNoModuleKnowsIsNotFound() {
		String dpo = personas.token(Role.DPO);
		String unknown = UUID.randomUUID().toString();
		for (Response answer : List.of(api.get("/api/v1/subjects/" + unknown + "/data", dpo),
				api.send(HttpMethod.PUT, "/api/v1/subjects/" + unknown + "/restriction", dpo, null),
				api.delete("/api/v1/subjects/" + unknown + "/restriction", dpo),
				api.post("/api/v1/subjects/" + unknown + "/erasure", dpo, null),
				api.get("/api/v1/subjects/not-an-id/data", dpo))) {
			assertThat(answer.status()).isEqualTo(404);
			assertThat(answer.contentType()).startsWith("application/problem+json");
		}
		assertThat(vault.erasures()).doesNotContain(UUID.fromString(unknown));
	}

	@Test
	void theExportIsAuditedNamingTheSubjectAndNoValue() {
		String tag = tag();
		String id = fullContact(tag);
		api.get("/api/v1/subjects/" + id + "/data", personas.token(Role.ADMIN));
		List<Map<String, Object>> entries = jdbc
			.sql("select * from audit_events where resource_type = 'subject' and resource_id = ?")
			.param(id)
			.query()
			.listOfRows();
		assertThat(entries).hasSize(1);
		Map<String, Object> entry = entries.get(0);
		assertThat(entry.get("action")).isEqualTo("READ");
		assertThat(entry.get("actor_id")).isEqualTo(personas.user(Role.ADMIN).id().toString());
		assertThat(entry.get("subject_ids")).isEqualTo(id);
		assertThat(entry.values().toString()).doesNotContain("Grace", "Hopper", "grace-" + tag, "Cobol", "Arlington",
				"2079460958");
	}

	@Test
	void aRestrictedContactRefusesChangesAndLeavesListsForAllButTheDataProtectionOfficerUntilLifted() {
		String tag = tag();
		String id = fullContact(tag);
		String sales = personas.token(Role.SALES);
		String dpo = personas.token(Role.DPO);
		String contact = "/api/v1/contacts/" + id;
		String search = "/api/v1/contacts?q=" + Api.query("hopper-" + tag);
		assertThat(api.get(search, sales).json().get("total").asLong()).isEqualTo(1);

		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + id + "/restriction", dpo, null).status())
			.isEqualTo(204);
		Response read = api.get(contact, sales);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().get("restricted").asBoolean()).isTrue();
		String etag = read.header("ETag");

		Response patched = api.send(HttpMethod.PATCH, contact, sales, "{\"jobTitle\":\"Commodore\"}", "If-Match", etag);
		assertThat(patched.status()).isEqualTo(409);
		assertThat(patched.contentType()).startsWith("application/problem+json");
		assertThat(patched.text("detail")).isEqualTo(RESTRICTED);
		assertThat(api.send(HttpMethod.PUT, contact, sales, "{\"lastName\":\"Changed\"}", "If-Match", etag).status())
			.isEqualTo(409);
		assertThat(api.delete(contact, dpo).status()).isEqualTo(409);
		assertThat(api.get(contact, dpo).text("jobTitle")).isEqualTo("Rear Admiral");

		Response hidden = api.get(search, sales);
		assertThat(hidden.json().get("items").isEmpty()).isTrue();
		assertThat(hidden.json().get("total").asLong()).isZero();
		Response shown = api.get(search, dpo);
		assertThat(shown.json().get("items").get(0).get("id").asString()).isEqualTo(id);
		assertThat(shown.json().get("total").asLong()).isEqualTo(1);

		Response byAdmin = api.get("/api/v1/subjects/" + id + "/data", personas.token(Role.ADMIN));
		assertThat(byAdmin.status()).isEqualTo(409);
		assertThat(byAdmin.text("detail")).isEqualTo(RESTRICTED);
		Response byDpo = api.get("/api/v1/subjects/" + id + "/data", dpo);
		assertThat(byDpo.status()).isEqualTo(200);
		assertThat(byDpo.json().get("restricted").asBoolean()).isTrue();

		assertThat(api.delete("/api/v1/subjects/" + id + "/restriction", personas.token(Role.ADMIN)).status())
			.isEqualTo(204);
		Response lifted = api.get(contact, sales);
		assertThat(lifted.json().get("restricted").asBoolean()).isFalse();
		assertThat(api.send(HttpMethod.PATCH, contact, sales, "{\"jobTitle\":\"Commodore\"}", "If-Match",
				lifted.header("ETag")).status()).isEqualTo(200);
		assertThat(api.get(search, sales).json().get("total").asLong()).isEqualTo(1);
		assertThat(jdbc.sql("select outcome from audit_events where resource_type = 'subject' and resource_id = ? "
				+ "and action = 'UPDATE' order by id").param(id).query(String.class).list())
			.containsExactly("RESTRICTED", "LIFTED");
	}

	@Test
	void erasureDeletesTheContactKeepsTheAuditTrailWithTheReasonAndReportsBoth() {
		String id = fullContact(tag());
		String admin = personas.token(Role.ADMIN);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + id + "/restriction", admin, null).status())
			.isEqualTo(204);
		Response erased = api.post("/api/v1/subjects/" + id + "/erasure", admin, null);
		assertThat(erased.status()).isEqualTo(200);
		assertThat(erased.text("subjectId")).isEqualTo(id);
		Map<String, JsonNode> modules = new HashMap<>();
		erased.json().get("modules").forEach(m -> modules.put(m.get("module").asString(), m));
		assertThat(modules.get("contact").get("erased").asLong()).isEqualTo(1);
		assertThat(modules.get("contact").get("kept").isEmpty()).isTrue();
		JsonNode kept = modules.get("audit").get("kept");
		assertThat(modules.get("audit").get("erased").asLong()).isZero();
		assertThat(kept.size()).isGreaterThanOrEqualTo(3);
		kept.forEach(k -> {
			assertThat(k.get("recordType").asString()).isEqualTo("audit-entry");
			assertThat(k.get("reason").asString()).contains("Art. 17(3)", "Art. 5(2)");
		});

		assertThat(api.get("/api/v1/contacts/" + id, admin).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from contacts where subject_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isZero();
		assertThat(vault.erasures()).contains(UUID.fromString(id));
		assertThat(jdbc.sql("select outcome from audit_events where resource_type = 'subject' and resource_id = ? "
				+ "and action = 'DELETE'").param(id).query(String.class).list()).containsExactly("ERASED");

		Response after = api.get("/api/v1/subjects/" + id + "/data", personas.token(Role.DPO));
		assertThat(after.status()).isEqualTo(200);
		assertThat(after.json().get("restricted").asBoolean()).isFalse();
		List<String> left = new ArrayList<>();
		after.json().get("modules").forEach(m -> left.add(m.get("module").asString()));
		assertThat(left).containsExactly("audit");
	}
}
