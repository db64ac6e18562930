package dev.custodian.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import jakarta.servlet.http.Cookie;
import dev.custodian.support.Api;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Users as data subjects: usernames and display names are stored sealed, sign-in (form, HTTP Basic, tokens) still
 * finds users by username, usernames stay unique, rows stored before names were sealed are sealed at start and work
 * meanwhile, only the columns the catalogue declares sealed are sealed, browser sessions hold no names, and contacts
 * still sort by their owners' names. Runs on H2 and PostgreSQL.
 */
public abstract class UserSealingContract extends ApiContract {

	private static final String PASSWORD = "the-right-password";

	@Autowired
	UserSealing sealing;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Vault vault;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void namesAreStoredSealedAndSignInStillFindsTheUser() throws Exception {
		String name = "sealed-" + tag();
		String id = create(name, "Ada Sealed", "SALES");

		Map<String, Object> row = row(id);
		assertSealed((byte[]) row.get("username"), name);
		assertSealed((byte[]) row.get("display_name"), "Ada Sealed");
		assertThat((String) row.get("username_index")).hasSize(32).doesNotContain(name);
		assertThat(api.get("/api/v1/users/" + id, personas.token(Role.ADMIN)).body())
			.contains("\"username\":\"" + name + "\"", "\"displayName\":\"Ada Sealed\"");

		assertThat(signIn(name.toUpperCase(), PASSWORD).getRedirectedUrl()).as("usernames ignore case").isEqualTo("/");
		assertThat(signIn(name, "a-wrong-password").getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(api.get("/api/v1/contacts", Api.basic(name, PASSWORD)).status()).isEqualTo(200);
		String token = api.post("/api/v1/tokens", Api.basic(name, PASSWORD), "{\"name\":\"laptop\"}").text("token");
		assertThat(api.get("/api/v1/contacts", token).status()).isEqualTo(200);

		Response taken = api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"" + name.toUpperCase()
				+ "\",\"role\":\"SALES\",\"password\":\"" + PASSWORD + "\"}");
		assertThat(taken.status()).as("usernames stay unique through their blind index").isEqualTo(409);
		assertThat(taken.body()).contains(id);
	}

	@Test
	void aUserStoredBeforeNamesWereSealedWorksAndIsSealedAtStart() throws Exception {
		String name = "legacy-" + tag();
		UUID id = UUID.randomUUID();
		Instant now = DbTime.now();
		jdbc.sql("""
				insert into users (id, username, display_name, names_sealed, role, password_hash, enabled,
				                   failed_attempts, created_at, updated_at, version)
				values (?, ?, ?, false, 'SUPPORT', ?, true, 0, ?, ?, 0)""")
			.params(id, name.getBytes(StandardCharsets.UTF_8), "Grace Légacy".getBytes(StandardCharsets.UTF_8),
					passwords.encode(PASSWORD), DbTime.param(now), DbTime.param(now))
			.update();
		assertThat(signIn(name, PASSWORD).getRedirectedUrl()).as("found as stored until sealed").isEqualTo("/");
		assertThat(api.get("/api/v1/users/" + id, personas.token(Role.ADMIN)).body())
			.contains("\"displayName\":\"Grace Légacy\"");

		assertThat(sealing.sealAll()).isGreaterThanOrEqualTo(1);

		Map<String, Object> row = row(id.toString());
		assertThat(row.get("names_sealed")).isEqualTo(true);
		assertSealed((byte[]) row.get("username"), name);
		assertSealed((byte[]) row.get("display_name"), "Grace Légacy");
		assertThat(api.get("/api/v1/users/" + id, personas.token(Role.ADMIN)).body())
			.contains("\"username\":\"" + name + "\"", "\"displayName\":\"Grace Légacy\"");
		assertThat(signIn(name, PASSWORD).getRedirectedUrl()).isEqualTo("/");
		assertThat(api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"" + name
				+ "\",\"role\":\"SALES\",\"password\":\"" + PASSWORD + "\"}").status()).isEqualTo(409);
		assertThat(sealing.sealAll()).as("nothing is left to seal").isZero();
	}

	@Test
	void contactsSortByTheirOwnersNamesThoughThoseAreSealed() {
		String tag = tag();
		String zed = "zed-" + tag;
		String abe = "abe-" + tag;
		create(zed, "Zed Owner", "SALES");
		create(abe, "Abe Owner", "SALES");
		List<String> created = new ArrayList<>();
		for (String owner : List.of(zed, abe, zed)) {
			created.add(api.post("/api/v1/contacts", Api.basic(owner, PASSWORD),
					"{\"lastName\":\"Owned" + tag + "\"}").text("id"));
		}
		String sales = personas.token(Role.SALES);
		assertThat(ids("/api/v1/contacts?limit=2&sort=owner&q=owned" + tag, sales)).as("Abe's before Zed's")
			.startsWith(created.get(1)).containsExactlyInAnyOrderElementsOf(created);
		assertThat(ids("/api/v1/contacts?limit=2&sort=-owner&q=owned" + tag, sales)).endsWith(created.get(1))
			.hasSize(3);
	}

	@Test
	void aBrowserSessionStoresNoNameButPagesShowIt() throws Exception {
		String name = "session-" + tag();
		String id = create(name, "Sessionstored Person", "SALES");
		Cookie session = signIn(name, PASSWORD).getCookie("CUSTODIAN_SESSION");
		assertThat(session).isNotNull();
		List<byte[]> stored = jdbc.sql("select a.attribute_bytes from spring_session_attributes a join spring_session s "
				+ "on s.primary_id = a.session_primary_id where s.principal_name = ?")
			.param(id)
			.query(byte[].class)
			.list();
		assertThat(stored).as("what the session table holds").isNotEmpty().allSatisfy(bytes -> assertThat(
				new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain(name).doesNotContain("Sessionstored"));
		assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("Good to see you, Sessionstored Person");
	}

	@Test
	void onlyTheColumnsTheCatalogueDeclaresSealedAreSealed() {
		assertThat(SealedColumns.SEALED).containsExactlyInAnyOrder("users.username", "users.display_name",
				"user_second_factors.totp_secret");
		UUID id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			KeyRing ring = vault.newSubject(id);
			assertThat(SealedColumns.seal(ring, id, "users", "display_name", "Ada")).isNotNull();
			assertThatIllegalStateException().isThrownBy(() -> SealedColumns.seal(ring, id, "users", "role", "ADMIN"))
				.withMessageContaining("users.role is not declared sealed");
			assertThatIllegalStateException()
				.isThrownBy(() -> SealedColumns.seal(ring, id, "user_second_factors", "last_step", "1"));
		});
	}

	/** Every id of a list, following its cursors page by page. */
	private List<String> ids(String first, String token) {
		List<String> ids = new ArrayList<>();
		String uri = first;
		while (uri != null) {
			Response page = api.get(uri, token);
			assertThat(page.status()).isEqualTo(200);
			page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
			String next = page.json().get("nextCursor").isNull() ? null : page.json().get("nextCursor").asString();
			uri = next == null ? null : first + "&cursor=" + next;
		}
		return ids;
	}

	private static void assertSealed(byte[] stored, String plain) {
		assertThat(stored[0]).as("the vault's AES-GCM format").isEqualTo((byte) 1);
		assertThat(stored.length).isGreaterThan(plain.getBytes(StandardCharsets.UTF_8).length + 28);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(plain);
	}

	private Map<String, Object> row(String id) {
		return jdbc.sql("select username, display_name, username_index, names_sealed from users where id = ?")
			.param(UUID.fromString(id))
			.query()
			.singleRow();
	}

	private String create(String username, String displayName, String role) {
		Response created = api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"" + username
				+ "\",\"displayName\":\"" + displayName + "\",\"role\":\"" + role + "\",\"password\":\"" + PASSWORD
				+ "\"}");
		assertThat(created.status()).isEqualTo(201);
		return created.text("id");
	}

	private MockHttpServletResponse signIn(String username, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse();
	}

	private static String tag() {
		return UUID.randomUUID().toString().substring(0, 8);
	}
}
