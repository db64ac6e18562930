package dev.custodian.identity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder;
import dev.custodian.catalog.PersonalDataHolder.ErasureOutcome;
import dev.custodian.catalog.PersonalDataHolder.ExportedRecord;
import dev.custodian.support.Api;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A user as a data subject, through the personal-data holders of the identity and view modules: the export holds
 * names, role, tokens, second-factor dates and saved views but no secret; only a disabled former user is erased, by
 * pseudonymising them while audit entries keep their id; restriction refuses administrators' changes until lifted;
 * and an erasure a restored backup undid is done again at start. Runs on H2 and PostgreSQL.
 */
public abstract class UserErasureContract extends ApiContract {

	private static final String PASSWORD = "the-right-password";

	@Autowired
	List<PersonalDataHolder> holders;

	@Autowired
	SecondFactors secondFactors;

	@Autowired
	UserErasure erasure;

	@Autowired
	Vault vault;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theExportHoldsWhatIsKeptAboutTheUserButNoSecret() throws Exception {
		String name = "export-" + tag();
		UUID id = create(name, "SUPPORT");
		String token = api.post("/api/v1/tokens", Api.basic(name, PASSWORD),
				"{\"name\":\"laptop\",\"scopes\":[\"contact:read\"]}").text("token");
		String secret = secondFactors.begin(new UserId(id)).secret();
		saveView(id, name);

		List<ExportedRecord> records = transactions.execute(status -> export(id));
		String all = records.toString();
		assertThat(records).extracting(ExportedRecord::recordType)
			.containsExactlyInAnyOrder("user", "api-token", "second-factor", "saved-view");
		assertThat(values(records, "user")).contains("username:identity.name=" + name,
				"displayName:identity.name=Export Person", "role:null=SUPPORT", "enabled:null=true");
		assertThat(values(records, "api-token")).contains("name:null=laptop", "scopes:null=[contact:read]");
		assertThat(values(records, "second-factor")).contains("totpSecret:online.credential="
				+ IdentityDataHolder.SECRET_WITHHELD);
		assertThat(values(records, "saved-view")).contains("name:null=Mine", "filters:null=[stage=lead]");
		String tokenHash = jdbc.sql("select token_hash from api_tokens where user_id = ?").param(id)
			.query(String.class).single();
		assertThat(all).doesNotContain(secret, token, tokenHash, PASSWORD);
		List<ExportedRecord> nobody = transactions.execute(status -> export(UUID.randomUUID()));
		assertThat(nobody).as("nobody's data").isEmpty();
	}

	@Test
	void anEnabledUserIsKeptWithTheReasonAndNothingChanges() {
		String name = "active-" + tag();
		UUID id = create(name, "SALES");
		ErasureOutcome outcome = transactions.execute(status -> identity().erase(id));
		assertThat(outcome.erased()).isZero();
		assertThat(outcome.kept()).singleElement().satisfies(kept -> {
			assertThat(kept.id()).isEqualTo(id.toString());
			assertThat(kept.reason()).isEqualTo("active account: disable the user first");
		});
		assertThat(api.get("/api/v1/contacts", Api.basic(name, PASSWORD)).status()).isEqualTo(200);
		assertThat(user(id).get("username").asString()).isEqualTo(name);
		assertThat(keys(id)).isEqualTo(1);
	}

	@Test
	void aDisabledUserIsPseudonymisedWhileTheAuditTrailKeepsTheirId() throws Exception {
		String name = "former-" + tag();
		UUID id = create(name, "SALES");
		String token = api.post("/api/v1/tokens", Api.basic(name, PASSWORD), "{\"name\":\"ci\"}").text("token");
		secondFactors.begin(new UserId(id));
		saveView(id, name);
		long actedBefore = acted(id);
		assertThat(actedBefore).as("the user's own acts are in the trail").isPositive();
		assertThat(patch(id, "{\"enabled\":false}").status()).isEqualTo(200);

		ErasureOutcome outcome = transactions.execute(status -> identity().erase(id));
		ErasureOutcome views = transactions.execute(status -> view().erase(id));

		assertThat(outcome.erased()).as("token, second factor and the names").isGreaterThanOrEqualTo(3);
		assertThat(outcome.kept()).singleElement()
			.satisfies(kept -> assertThat(kept.reason()).startsWith("Art. 5(2) accountability"));
		assertThat(views.erased()).isEqualTo(1);
		String pseudonym = "former-user-" + id.toString().substring(28);
		var shown = user(id);
		assertThat(shown.get("username").asString()).isEqualTo(pseudonym);
		assertThat(shown.get("displayName").asString()).isEqualTo(pseudonym);
		assertThat(shown.get("erased").asBoolean()).isTrue();
		assertThat(shown.get("enabled").asBoolean()).isFalse();
		assertThat(jdbc.sql("select count(*) from users where id = ? and username is null and display_name is null "
				+ "and username_index is null").param(id).query(Long.class).single()).isEqualTo(1);
		assertThat(keys(id)).as("the data key is shredded").isZero();
		assertThat(vault.erasures()).contains(id);
		for (String table : List.of("api_tokens", "user_second_factors", "saved_views")) {
			assertThat(jdbc.sql("select count(*) from " + table + " where user_id = ?").param(id).query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(api.get("/api/v1/contacts", token).status()).isEqualTo(401);
		assertThat(acted(id)).as("audit entries keep the user id").isEqualTo(actedBefore);
		String trail = mvc.perform(get("/audit?actor=" + id).with(authentication(personas.session(Role.DPO))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(trail).contains(pseudonym + " (" + pseudonym + ")").doesNotContain(name);

		assertThat(api.get("/api/v1/contacts", Api.basic(name, PASSWORD)).status()).isEqualTo(401);
		assertThat(patch(id, "{\"enabled\":true}").status()).as("an erased user cannot come back").isEqualTo(409);
		assertThat(create(name, "SALES")).as("the username is free again").isNotEqualTo(id);
		ErasureOutcome again = transactions.execute(status -> identity().erase(id));
		assertThat(again.erased()).isZero();
		assertThat(again.kept()).hasSize(1);
	}

	@Test
	void restrictionRefusesAdministratorsChangesUntilLiftedAndTheAccountStaysUsable() throws Exception {
		String name = "restricted-" + tag();
		UUID id = create(name, "MARKETING");
		transactions.executeWithoutResult(status -> identity().restrict(id));
		assertThat(user(id).get("restricted").asBoolean()).isTrue();
		Response refused = patch(id, "{\"displayName\":\"Changed\"}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("restricted");
		assertThat(user(id).get("displayName").asString()).isEqualTo("Export Person");
		assertThat(mvc.perform(get("/users/" + id + "/edit").with(authentication(personas.session(Role.ADMIN))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("is restricted (Art. 18");
		assertThat(api.get("/api/v1/contacts", Api.basic(name, PASSWORD)).status()).isEqualTo(200);

		transactions.executeWithoutResult(status -> identity().lift(id));
		assertThat(patch(id, "{\"displayName\":\"Changed\"}").status()).isEqualTo(200);
		assertThat(user(id).get("restricted").asBoolean()).isFalse();
	}

	@Test
	void aFormerUserARestoredBackupBroughtBackIsErasedAgainAtStart() throws Exception {
		String name = "restored-" + tag();
		UUID id = create(name, "SALES");
		byte[] username = jdbc.sql("select username from users where id = ?").param(id).query(byte[].class).single();
		patch(id, "{\"enabled\":false}");
		transactions.execute(status -> identity().erase(id));
		// a data backup from before the erasure is restored: the row holds its sealed names again, the key is gone
		jdbc.sql("update users set username = ?, display_name = ?, username_index = ?, erased_at = null where id = ?")
			.params(username, username, "restored-" + id.toString().substring(0, 20), id)
			.update();
		assertThat(user(id).get("username").asString()).as("shown as a pseudonym until then, never failing")
			.startsWith("former-user-");

		erasure.run(null);

		assertThat(user(id).get("erased").asBoolean()).isTrue();
		assertThat(jdbc.sql("select count(*) from users where id = ? and username is null").param(id)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_events where resource_id = ? and outcome = 'ERASED' "
				+ "and actor_type = 'system'").param(id.toString()).query(Long.class).single()).isEqualTo(1);
	}

	private PersonalDataHolder identity() {
		return holder("identity");
	}

	private PersonalDataHolder view() {
		return holder("view");
	}

	private PersonalDataHolder holder(String module) {
		return holders.stream().filter(h -> h.module().equals(module)).findFirst().orElseThrow();
	}

	private List<ExportedRecord> export(UUID id) {
		return holders.stream()
			.filter(h -> h.module().equals("identity") || h.module().equals("view"))
			.flatMap(h -> h.export(id).stream())
			.toList();
	}

	/** The fields of the records of one type as {@code field:category=value}. */
	private static List<String> values(List<ExportedRecord> records, String type) {
		return records.stream()
			.filter(r -> r.recordType().equals(type))
			.flatMap(r -> r.values().stream())
			.map(v -> v.field() + ":" + v.category() + "=" + v.value())
			.toList();
	}

	private void saveView(UUID id, String name) throws Exception {
		CustodianPrincipal principal = new CustodianPrincipal(new UserId(id), name, "Export Person", Role.SUPPORT,
				Role.SUPPORT.permissions(), "user");
		Authentication session = UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.authorities());
		mvc.perform(post("/views").with(authentication(session)).with(csrf()).param("list", "contacts")
			.param("name", "Mine").param("sort", "-updated").param("filter.stage", "lead"));
		assertThat(jdbc.sql("select count(*) from saved_views where user_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	private long acted(UUID id) {
		return jdbc.sql("select count(*) from audit_events where actor_id = ?").param(id.toString()).query(Long.class)
			.single();
	}

	@Test
	void theErasureOfAnActiveUserIsRefusedWholeUntilTheUserIsDisabled() {
		String name = "erase-me-" + tag();
		UUID id = create(name, "SUPPORT");
		String dpo = personas.token(Role.DPO);

		Response refused = api.post("/api/v1/subjects/" + id + "/erasure", dpo, null);
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("detail")).isEqualTo("This is an active user account: disable the user before "
				+ "erasing their data");
		assertThat(keys(id)).as("the key the account's names are sealed under").isEqualTo(1);
		assertThat(api.get("/api/v1/contacts", Api.basic(name, PASSWORD)).status()).isEqualTo(200);
		assertThat(user(id).get("username").asString()).isEqualTo(name);

		assertThat(patch(id, "{\"enabled\":false}").status()).isEqualTo(200);
		Response erased = api.post("/api/v1/subjects/" + id + "/erasure", dpo, null);
		assertThat(erased.status()).isEqualTo(200);
		assertThat(keys(id)).isZero();
		assertThat(user(id).get("username").asString()).startsWith("former-user-");
	}

	private long keys(UUID id) {
		return jdbc.sql("select count(*) from vault.data_keys where subject_id = ?").param(id).query(Long.class)
			.single();
	}

	private tools.jackson.databind.JsonNode user(UUID id) {
		return api.get("/api/v1/users/" + id, personas.token(Role.ADMIN)).json();
	}

	private Response patch(UUID id, String json) {
		String etag = api.get("/api/v1/users/" + id, personas.token(Role.ADMIN)).header("ETag");
		return api.send(HttpMethod.PATCH, "/api/v1/users/" + id, personas.token(Role.ADMIN), json, "If-Match", etag);
	}

	private UUID create(String username, String role) {
		Response created = api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"" + username
				+ "\",\"displayName\":\"Export Person\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(created.status()).isEqualTo(201);
		return UUID.fromString(created.text("id"));
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
