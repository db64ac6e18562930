package dev.custodian.transfer;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dev.custodian.CustodianApplication;
import dev.custodian.contact.ContactId;
import dev.custodian.contact.ContactManagement;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserManagement;
import dev.custodian.support.Personas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import killed in the middle (its application context closed while batches are being stored) and finished by
 * a new application on the same database: every valid row is imported exactly once, none half, and every contact
 * opens.
 */
abstract class ImportResumeContract {

	static final int VALID = 1500;

	static final int INVALID = 12;

	/** How to reach the database both applications share. */
	abstract Map<String, String> database();

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aKilledImportResumesOnRestartWithEveryValidRowOnce() {
		String tag = "res" + UUID.randomUUID().toString().substring(0, 8);
		UUID id;
		long doneBeforeKill;
		try (ConfigurableApplicationContext first = start()) {
			Imports imports = first.getBean(Imports.class);
			id = imports.upload("contact", "big.csv", new ByteArrayInputStream(file(tag)), null, null).id();
			waitFor(imports, id, job -> job.status() == ImportStatus.READY);
			imports.start(id, "skip");
			doneBeforeKill = waitFor(imports, id, job -> job.rowsDone() >= 100).rowsDone();
		}
		long rowsAfterKill = jdbc(database()).sql("select rows_done from import_jobs where id = ?").param(id)
			.query(Long.class).single();
		String statusAfterKill = jdbc(database()).sql("select status from import_jobs where id = ?").param(id)
			.query(String.class).single();
		assertThat(statusAfterKill).as("killed in the middle").isEqualTo("running");
		assertThat(rowsAfterKill).isBetween(doneBeforeKill, (long) VALID + INVALID - 1);

		try (ConfigurableApplicationContext second = start()) {
			Imports imports = second.getBean(Imports.class);
			ImportJob done = waitFor(imports, id, job -> job.status().finished());
			assertThat(done.status()).isEqualTo(ImportStatus.COMPLETED);
			assertThat(done.rowsDone()).isEqualTo(VALID + INVALID);
			assertThat(done.created()).isEqualTo(VALID);
			assertThat(done.rejected()).isEqualTo(INVALID);
			assertThat(done.accountsForEveryRow()).isTrue();
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			List<UUID> imported = jdbc.sql("select id from contacts where origin = ?").param("import:" + id)
				.query(UUID.class).list();
			assertThat(imported).hasSize(VALID);
			assertThat(jdbc.sql("select count(distinct email_index) from contacts where origin = ?")
				.param("import:" + id).query(Long.class).single()).isEqualTo(VALID);
			ContactManagement contacts = second.getBean(ContactManagement.class);
			for (UUID contact : imported) {
				assertThat(contacts.get(new ContactId(contact)).email()).startsWith(tag);
			}
		}
	}

	/** VALID rows with distinct emails, and INVALID rows with a malformed email spread among them. */
	private static byte[] file(String tag) {
		StringBuilder csv = new StringBuilder("First Name,Last Name,Email,City\n");
		int bad = 0;
		for (int i = 0; i < VALID; i++) {
			csv.append("Person").append(i).append(",Resumed,").append(tag).append(i).append("@example.org,Bonn\n");
			if (i % (VALID / INVALID) == 7 && bad < INVALID) {
				csv.append("Broken,Row,not-an-email-").append(i).append(",Bonn\n");
				bad++;
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private ConfigurableApplicationContext start() {
		Map<String, Object> all = new HashMap<>(Map.of("custodian.admin-password", Personas.ADMIN_PASSWORD,
				"custodian.master-key", Personas.MASTER_KEY, "server.port", "0", "spring.main.banner-mode", "off",
				"custodian.vault.rewrap-interval", "PT1H", "custodian.transfer.batch-rows", "20",
				"custodian.transfer.stale-after", "PT1S", "custodian.transfer.poll-interval", "PT0.2S"));
		all.putAll(database());
		String[] args = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(CustodianApplication.class).run(args);
		UserManagement users = app.getBean(UserManagement.class);
		UserAccount admin = users.activeUsers().stream().filter(u -> u.username().equals("admin")).findFirst()
			.orElseThrow();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(users.actingAs(admin.id()).orElseThrow());
		SecurityContextHolder.setContext(context);
		return app;
	}

	private static ImportJob waitFor(Imports imports, UUID id, Predicate<ImportJob> reached) {
		Instant until = Instant.now().plus(Duration.ofSeconds(90));
		ImportJob job;
		do {
			job = imports.get(id);
			if (reached.test(job)) {
				return job;
			}
			assertThat(job.status()).as(String.valueOf(job.failure())).isNotEqualTo(ImportStatus.FAILED);
			ImportContract.sleep(20);
		}
		while (Instant.now().isBefore(until));
		throw new AssertionError("import " + id + " did not get there: " + job);
	}

	private static JdbcClient jdbc(Map<String, String> database) {
		String url = database.getOrDefault("spring.datasource.url", "");
		var source = new org.springframework.jdbc.datasource.DriverManagerDataSource(url,
				database.getOrDefault("spring.datasource.username", "sa"),
				database.getOrDefault("spring.datasource.password", ""));
		return JdbcClient.create(source);
	}
}
