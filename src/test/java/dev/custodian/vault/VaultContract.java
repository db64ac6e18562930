package dev.custodian.vault;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.custodian.contact.ContactId;
import dev.custodian.contact.ContactManagement;
import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import dev.custodian.support.Api.Response;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Crypto-shredding, erasure replay, tamper detection and the key status, as stored on H2 and PostgreSQL.
 */
public abstract class VaultContract extends ApiContract {

	@Autowired
	Vault vault;

	@Autowired
	ContactManagement contacts;

	@Autowired
	List<ApplicationRunner> runners;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SealedFiles files;

	@org.junit.jupiter.api.io.TempDir
	java.nio.file.Path temp;

	String sales;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private String create(String lastName) {
		return api.post("/api/v1/contacts", sales, "{\"firstName\":\"Shred\",\"lastName\":\"" + lastName
				+ "\",\"email\":\"" + lastName.toLowerCase() + "@example.org\",\"phone\":\"+442079460958\"}").text("id");
	}

	private long dataKeys(UUID subject) {
		return jdbc.sql("select count(*) from vault.data_keys where subject_id = ?").param(subject).query(Long.class)
			.single();
	}

	@Test
	void storedValuesAreCiphertextAndSearchStillWorks() {
		String tag = "Cipher" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = UUID.fromString(create(tag));
		byte[] stored = jdbc.sql("select last_name from contacts where id = ?").param(id).query(byte[].class).single();
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(tag);
		assertThat(dataKeys(id)).isEqualTo(1);
		assertThat(api.get("/api/v1/contacts?q=" + tag.toUpperCase(), sales).body()).contains(id.toString());
		assertThat(api.get("/api/v1/contacts?q=" + tag.toLowerCase() + "@example.org", sales).body())
			.contains(id.toString());
		assertThat(api.get("/api/v1/contacts?q=%2B442079460958", sales).body()).contains(id.toString());
	}

	@Test
	void deletingAContactDestroysItsKeyInTheSameTransaction() {
		UUID id = UUID.fromString(create("Gone" + UUID.randomUUID().toString().substring(0, 6)));
		byte[] copy = jdbc.sql("select email from contacts where id = ?").param(id).query(byte[].class).single();
		assertThat(vault.ring(List.of(id)).open(id, "contacts", "email", copy)).endsWith("@example.org");

		assertThat(api.delete("/api/v1/contacts/" + id, personas.token(Role.DPO)).status()).isEqualTo(204);
		assertThat(dataKeys(id)).isZero();
		assertThat(jdbc.sql("select count(*) from contacts where id = ?").param(id).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from contact_search_tokens where subject_id = ?").param(id)
			.query(Long.class).single()).isZero();
		assertThat(api.get("/api/v1/contacts/" + id, sales).status()).isEqualTo(404);
		KeyRing afterwards = vault.ring(List.of(id));
		assertThat(afterwards.holds(id)).isFalse();
		assertThatThrownBy(() -> afterwards.open(id, "contacts", "email", copy)).isInstanceOf(VaultException.class);
	}

	@Test
	void anErasedPersonBroughtBackByABackupIsErasedAgain() throws Exception {
		UUID id = UUID.fromString(create("Erased" + UUID.randomUUID().toString().substring(0, 6)));
		Map<String, Object> backup = jdbc.sql("select * from contacts where id = ?").param(id).query().singleRow();

		SecurityContextHolder.getContext().setAuthentication(personas.session(Role.DPO));
		contacts.erase(new ContactId(id));
		assertThat(vault.erasures()).contains(id);
		assertThat(dataKeys(id)).isZero();

		StringBuilder columns = new StringBuilder();
		StringBuilder marks = new StringBuilder();
		backup.keySet().forEach(column -> {
			columns.append(columns.isEmpty() ? "" : ", ").append(column);
			marks.append(marks.isEmpty() ? "?" : ", ?");
		});
		jdbc.sql("insert into contacts (" + columns + ") values (" + marks + ")")
			.params(backup.values().stream().toList())
			.update();
		SecurityContextHolder.clearContext(); // as at start-up: nobody is signed in
		for (ApplicationRunner runner : runners) {
			if (runner.getClass().getSimpleName().equals("ErasureReplay")) {
				runner.run(new DefaultApplicationArguments());
			}
		}
		assertThat(jdbc.sql("select count(*) from contacts where id = ?").param(id).query(Long.class).single()).isZero();
		Response trail = api.get("/api/v1/audit/events?subjectId=" + id, personas.token(Role.DPO));
		assertThat(trail.body()).contains("ERASED");
		assertThat(jdbc.sql("select count(*) from audit_events where resource_id = ? and actor_type = 'system' "
				+ "and action = 'DELETE' and outcome = 'ERASED'").param(id.toString()).query(Long.class).single())
			.as("the replay's own audit entry").isEqualTo(1);
	}

	@Test
	void aContactWhoseKeyIsMissingWithoutAnErasureIsFoundAtStart() {
		UUID id = UUID.fromString(create("Keyless" + UUID.randomUUID().toString().substring(0, 6)));
		Map<String, Object> key = jdbc.sql("select * from vault.data_keys where subject_id = ?").param(id).query()
			.singleRow();
		jdbc.sql("delete from vault.data_keys where subject_id = ?").param(id).update();
		try {
			assertThatThrownBy(vault::afterPropertiesSet).isInstanceOf(VaultException.class)
				.hasMessageContaining("1 data subjects hold sealed records but have no data key");
		}
		finally {
			jdbc.sql("insert into vault.data_keys (subject_id, master_key_id, wrapped_key, created_at) values (?, ?, ?, ?)")
				.params(key.get("subject_id"), key.get("master_key_id"), key.get("wrapped_key"), key.get("created_at"))
				.update();
		}
		vault.afterPropertiesSet();
	}

	@Test
	void aCiphertextCopiedFromAnotherContactIsRefusedNotShown() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		UUID victim = UUID.fromString(create("Victim" + tag));
		UUID thief = UUID.fromString(create("Thief" + tag));
		jdbc.sql("update contacts set email = (select email from contacts where id = ?) where id = ?")
			.params(victim, thief)
			.update();
		Response read = api.get("/api/v1/contacts/" + thief, sales);
		assertThat(read.status()).isEqualTo(500);
		assertThat(read.contentType()).startsWith("application/problem+json");
		jdbc.sql("delete from contacts where id = ?").param(thief).update();
	}

	@Test
	void rotationRewrapsEachKeyOnceEvenWhenTwoNodesWorkAtOnce() throws Exception {
		for (int i = 0; i < 12; i++) {
			create("Rotate" + UUID.randomUUID().toString().substring(0, 6));
		}
		UUID damaged = UUID.fromString(create("Damaged" + UUID.randomUUID().toString().substring(0, 6)));
		jdbc.sql("update vault.data_keys set wrapped_key = ? where subject_id = ?")
			.params(new byte[60], damaged)
			.update();
		String oldId = MasterKey.fromBase64(Personas.MASTER_KEY, "old").id();
		String newKey = java.util.Base64.getEncoder().encodeToString(Aead.newKey().getEncoded());
		String newId = MasterKey.fromBase64(newKey, "new").id();
		MasterKeys rotated = new MasterKeys(newKey, "", Personas.MASTER_KEY, "unused");
		long underOld = jdbc.sql("select count(*) from vault.data_keys where master_key_id = ?").param(oldId)
			.query(Long.class).single();
		try {
			ExecutorService nodes = Executors.newFixedThreadPool(2);
			List<Future<Long>> work = new ArrayList<>();
			for (int node = 0; node < 2; node++) {
				KeyRewrap job = new KeyRewrap(new KeyStore(jdbc, rotated), rotated, transactions);
				work.add(nodes.submit(job::rewrapAll));
			}
			long rewrapped = work.get(0).get() + work.get(1).get();
			nodes.shutdown();
			assertThat(rewrapped).isEqualTo(underOld - 1);
			assertThat(jdbc.sql("select subject_id from vault.data_keys where master_key_id <> ?").param(newId)
				.query(UUID.class).list()).containsExactly(damaged);
			List<UUID> subjects = jdbc.sql("select subject_id from vault.data_keys where subject_id <> ?")
				.param(damaged).query(UUID.class).list();
			assertThat(new KeyStore(jdbc, new MasterKeys(newKey, "", "", "unused")).load(subjects))
				.hasSameSizeAs(subjects);
		}
		finally {
			jdbc.sql("delete from contacts where id = ?").param(damaged).update();
			jdbc.sql("delete from vault.data_keys where subject_id = ?").param(damaged).update();
			MasterKeys back = new MasterKeys(Personas.MASTER_KEY, "", newKey, "unused");
			new KeyRewrap(new KeyStore(jdbc, back), back, transactions).rewrapAll();
		}
		assertThat(api.get("/api/v1/admin/keys", personas.token(Role.ADMIN)).json().get("wrappedWithPreviousKeys")
			.asLong()).isZero();
	}

	@Test
	void aRolledBackDeletionKeepsTheKey() {
		UUID id = UUID.fromString(create("Kept" + UUID.randomUUID().toString().substring(0, 6)));
		SecurityContextHolder.getContext().setAuthentication(personas.session(Role.DPO));
		transactions.executeWithoutResult(status -> {
			contacts.delete(new ContactId(id), null);
			assertThat(dataKeys(id)).isZero();
			status.setRollbackOnly();
		});
		assertThat(dataKeys(id)).isEqualTo(1);
		assertThat(api.get("/api/v1/contacts/" + id, sales).text("lastName")).startsWith("Kept");
		assertThat(vault.erasures()).doesNotContain(id);
	}

	@Test
	void administratorsSeeWhereRotationStands() {
		Response status = api.get("/api/v1/admin/keys", personas.token(Role.ADMIN));
		assertThat(status.status()).isEqualTo(200);
		assertThat(status.text("masterKeyId")).isEqualTo(MasterKey.fromBase64(Personas.MASTER_KEY, "test").id());
		assertThat(status.json().get("dataKeys").asLong()).isPositive();
		assertThat(status.json().get("wrappedWithPreviousKeys").asLong()).isZero();
		assertThat(api.get("/api/v1/admin/keys", personas.token(Role.DPO)).status()).isEqualTo(403);
	}

	@Test
	void sealedFilesStreamSealedOnDiskAndCannotBeOpenedOnceDestroyed() throws Exception {
		UUID id = UUID.randomUUID();
		java.nio.file.Path path = temp.resolve("upload.sealed");
		byte[] plain = new byte[3 * (1 << 20) + 12345]; // several segments, the last one short
		new java.util.Random(7).nextBytes(plain);
		System.arraycopy("Ada Lovelace,ada@example.org".getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, plain, 0,
				28);
		transactions.executeWithoutResult(tx -> {
			try (var out = files.create(id, path)) {
				out.write(plain);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		byte[] stored = java.nio.file.Files.readAllBytes(path);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Lovelace");
		try (var in = transactions.execute(tx -> {
			try {
				return files.open(id, path);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		})) {
			assertThat(in.readAllBytes()).isEqualTo(plain);
		}

		stored[stored.length / 2] ^= 1;
		java.nio.file.Path altered = temp.resolve("altered.sealed");
		java.nio.file.Files.write(altered, stored);
		assertThatThrownBy(() -> {
			try (var in = files.open(id, altered)) {
				in.readAllBytes();
			}
		}).isInstanceOf(java.io.IOException.class);

		java.nio.file.Path copy = java.nio.file.Files.copy(path, temp.resolve("backup.sealed"));
		transactions.executeWithoutResult(tx -> files.destroy(id, path));
		assertThat(path).doesNotExist();
		assertThatThrownBy(() -> files.open(id, copy)).isInstanceOf(java.io.IOException.class)
			.hasMessageContaining("key was destroyed");
	}
}
