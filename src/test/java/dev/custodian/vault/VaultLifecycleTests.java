package dev.custodian.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import dev.custodian.CustodianApplication;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.identity.Permission;
import dev.custodian.shared.AddressForm;
import dev.custodian.support.AppLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The vault across restarts of a real installation on the embedded H2 file database: key generation, proof that
 * nothing personal is stored in plaintext, refusal of a wrong key, and master-key rotation.
 */
@ExtendWith({ OutputCaptureExtension.class, AppLog.class })
class VaultLifecycleTests {

	private static final String K1 = newKey();

	private static final String K2 = newKey();

	@TempDir
	Path dataDir;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theEmbeddedDefaultGeneratesAnOwnerOnlyKeyAndStoresNothingInPlaintext(CapturedOutput output, AppLog log)
			throws IOException {
		String marker = "Qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		List<String> markers = List.of(marker + "first", marker + "last", marker.toLowerCase() + "@example.org",
				marker + "title", marker + "street", marker + "city", "Zp" + marker.substring(2, 8));
		try (ConfigurableApplicationContext app = start(Map.of())) {
			Path keyFile = dataDir.resolve("master.key");
			assertThat(keyFile).exists();
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
			assertThat(output.getAll()).contains("Generated a new master key");
			ContactManagement contacts = app.getBean(ContactManagement.class);
			contacts.create(new ContactForm(markers.get(0), markers.get(1), markers.get(2), "+44 20 7946 0958",
					markers.get(3), null, null, "customer", null,
					new AddressForm(markers.get(4), markers.get(5), markers.get(6), "GB")));
			assertThat(contacts.list(new ContactQuery(markers.get(1).substring(0, 6), null, null, null,
					dev.custodian.shared.PageRequest.first(10))).items()).hasSize(1);
			app.getBean(JdbcClient.class).sql("checkpoint sync").update();
		}
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(dataDir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
				for (String m : markers) {
					if (content.contains(m) || content.toLowerCase().contains(m.toLowerCase())) {
						found.add(file.getFileName() + ": " + m);
					}
				}
			}
		}
		assertThat(found).as("markers found in the data directory").isEmpty();
		assertThat(output.getAll()).doesNotContain(marker).doesNotContain(marker.toLowerCase());
		// the console shows warnings and errors; the log file has every level, the application's start included
		assertThat(log.written()).contains("Started").doesNotContainIgnoringCase(marker);
	}

	@Test
	void aWrongOrMissingMasterKeyStopsTheStartNamingTheKeyExpected() {
		try (ConfigurableApplicationContext app = start(Map.of("custodian.master-key", K1))) {
			app.getBean(ContactManagement.class).create(form("Kept"));
		}
		String expected = MasterKey.fromBase64(K1, "K1").id();
		assertThatThrownBy(() -> start(Map.of("custodian.master-key", K2))).rootCause()
			.isInstanceOf(VaultException.class)
			.hasMessageContaining(expected);
		assertThatThrownBy(() -> start(Map.of())).rootCause()
			.isInstanceOf(VaultException.class)
			.hasMessageContaining(expected)
			.hasMessageContaining("no master key is configured");
		assertThat(dataDir.resolve("master.key")).doesNotExist();
	}

	@Test
	void aLostKeyStoreInFrontOfExistingDataStopsTheStart() throws Exception {
		try (ConfigurableApplicationContext app = start(Map.of("custodian.master-key", K1))) {
			app.getBean(ContactManagement.class).create(form("Stranded"));
		}
		sql("delete from vault.index_key");
		assertThatThrownBy(() -> start(Map.of("custodian.master-key", K1))).rootCause()
			.isInstanceOf(VaultException.class)
			.hasMessageContaining("no blind-index key");
		sql("delete from vault.data_keys");
		assertThatThrownBy(() -> start(Map.of("custodian.master-key", K1))).rootCause()
			.isInstanceOf(VaultException.class)
			.hasMessageContaining("2 sealed records") // the contact and the administrator's sealed names
			.hasMessageContaining("no keys");
	}

	@Test
	void aKeyStoreOlderThanTheDataStopsTheStartUntilTheLossIsAccepted() throws Exception {
		try (ConfigurableApplicationContext app = start(Map.of("custodian.master-key", K1))) {
			app.getBean(ContactManagement.class).create(form("Before"));
			UUID after = app.getBean(ContactManagement.class).create(form("After")).id().value();
			// the key store is restored from a backup taken between the two contacts
			app.getBean(JdbcClient.class).sql("delete from vault.data_keys where subject_id = ?").param(after).update();
		}
		assertThatThrownBy(() -> start(Map.of("custodian.master-key", K1))).rootCause()
			.isInstanceOf(VaultException.class)
			.hasMessageContaining("1 data subjects hold sealed records but have no data key")
			.hasMessageContaining("CUSTODIAN_VAULT_ACCEPT_LOST_KEYS");
		try (ConfigurableApplicationContext app = start(
				Map.of("custodian.master-key", K1, "custodian.vault.accept-lost-keys", "true"))) {
			assertThat(names(app)).containsExactly("Before");
			// the lost contact's email is free again
			app.getBean(ContactManagement.class).create(form("After"));
		}
		try (ConfigurableApplicationContext app = start(Map.of("custodian.master-key", K1))) {
			assertThat(names(app)).containsExactlyInAnyOrder("Before", "After");
		}
	}

	/** Changes the stopped installation's database directly, as someone restoring the wrong backup might. */
	private void sql(String statement) throws java.sql.SQLException {
		try (var connection = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dataDir
				+ "/db/custodian;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "")) {
			connection.createStatement().executeUpdate(statement);
		}
	}

	@Test
	void rotationRewrapsEveryDataKeyAfterWhichTheOldKeyCanBeDropped() {
		try (ConfigurableApplicationContext app = start(Map.of("custodian.master-key", K1))) {
			for (int i = 0; i < 5; i++) {
				app.getBean(ContactManagement.class).create(form("Rotated" + i));
			}
		}
		try (ConfigurableApplicationContext app = start(
				Map.of("custodian.master-key", K2, "custodian.previous-master-keys", K1))) {
			assertThat(names(app)).hasSize(5).allSatisfy(name -> assertThat(name).startsWith("Rotated"));
			Vault vault = app.getBean(Vault.class);
			// five contacts and the administrator, whose names are sealed under a key of their own
			assertThat(vault.status().wrappedWithPreviousKeys()).isEqualTo(6);
			assertThat(app.getBean(KeyRewrap.class).rewrapAll()).isEqualTo(6);
			KeyStatus status = vault.status();
			assertThat(status.masterKeyId()).isEqualTo(MasterKey.fromBase64(K2, "K2").id());
			assertThat(status.dataKeys()).isEqualTo(6);
			assertThat(status.wrappedWithPreviousKeys()).isZero();
		}
		try (ConfigurableApplicationContext app = start(Map.of("custodian.master-key", K2))) {
			assertThat(names(app)).hasSize(5);
		}
		assertThatThrownBy(() -> start(Map.of("custodian.master-key", K1))).rootCause()
			.hasMessageContaining(MasterKey.fromBase64(K2, "K2").id());
	}

	private ConfigurableApplicationContext start(Map<String, String> properties) {
		Map<String, Object> all = new java.util.HashMap<>(Map.of("custodian.data-dir", dataDir.toString(),
				"custodian.admin-password", "lifecycle-admin-password", "server.port", "0",
				"custodian.vault.rewrap-interval", "PT1H", "spring.main.banner-mode", "off"));
		all.putAll(properties);
		String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CustodianApplication.class).run(args);
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("lifecycle-test", null,
				AuthorityUtils.createAuthorityList(Permission.CONTACT_READ, Permission.CONTACT_WRITE,
						Permission.CONTACT_DELETE, Permission.USER_ADMIN)));
		SecurityContextHolder.setContext(context);
		return app;
	}

	private static List<String> names(ConfigurableApplicationContext app) {
		return app.getBean(ContactManagement.class)
			.list(ContactQuery.firstPage(50))
			.items()
			.stream()
			.map(c -> c.firstName())
			.toList();
	}

	private static ContactForm form(String firstName) {
		return new ContactForm(firstName, "Person", firstName.toLowerCase() + "@example.org", null, null, null, null,
				null, null, null);
	}

	private static String newKey() {
		return Base64.getEncoder().encodeToString(Aead.newKey().getEncoded());
	}
}
