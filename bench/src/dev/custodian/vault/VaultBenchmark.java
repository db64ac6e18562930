package dev.custodian.vault;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import dev.custodian.CustodianApplication;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.ContactQuery;
import dev.custodian.identity.Permission;
import dev.custodian.shared.AddressForm;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Measures what the vault costs: sealing and opening one contact, opening a page of 50 (with and without key
 * unwrapping), and creating contacts through the service layer with sealing on and, as the baseline, off.
 * Run with {@code bench/run.sh}; see {@code bench/README.md}.
 */
public final class VaultBenchmark {

	/** One master key for the whole run: the runs may share a database, whose key store must open with it. */
	private static final String MASTER_KEY = Base64.getEncoder().encodeToString(Aead.newKey().getEncoded());

	private static final String[] COLUMNS = { "first_name", "last_name", "email", "phone", "job_title", "street", "city",
			"postal_code", "country" };

	private static final String[] VALUES = { "Émilie", "Lefèvre-Dubois", "emilie.lefevre@example.org", "+33472000123",
			"Head of Procurement", "21 rue de la République", "Lyon", "69002", "FR" };

	public static void main(String[] args) {
		int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		System.out.printf(Locale.ROOT, "Java %s, %d cores%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		sealAndOpen();
		pageOfFifty();
		double plain = create(contacts, true);
		double sealed = create(contacts, false);
		System.out.printf(Locale.ROOT, "create: sealing costs %.2fx the time of the plain baseline (%.0f vs %.0f contacts/s)%n",
				plain / sealed, sealed, plain);
	}

	/** Median time to seal, then open, the nine personal fields of one contact. */
	private static void sealAndOpen() {
		UUID subject = UUID.randomUUID();
		KeyRing ring = new KeyRing(Map.of(subject, Aead.newKey()));
		List<Double> rounds = new ArrayList<>();
		for (int round = 0; round < 15; round++) {
			long start = System.nanoTime();
			for (int i = 0; i < 20_000; i++) {
				for (int c = 0; c < COLUMNS.length; c++) {
					byte[] sealed = ring.seal(subject, "contacts", COLUMNS[c], VALUES[c]);
					ring.open(subject, "contacts", COLUMNS[c], sealed);
				}
			}
			rounds.add((System.nanoTime() - start) / 20_000.0 / 1000.0);
		}
		System.out.printf(Locale.ROOT, "seal+open one contact (9 fields): median %.2f µs (after 5 warm-up rounds)%n",
				median(rounds.subList(5, rounds.size())));
	}

	/** The crypto work of a page of 50: unwrapping 50 data keys and opening 450 values, and opening alone. */
	private static void pageOfFifty() {
		MasterKey master = MasterKey.fromBase64(Base64.getEncoder().encodeToString(Aead.newKey().getEncoded()), "bench");
		Map<UUID, byte[]> wrapped = new HashMap<>();
		Map<UUID, byte[][]> rows = new HashMap<>();
		Map<UUID, SecretKey> keys = new HashMap<>();
		for (int i = 0; i < 50; i++) {
			UUID subject = UUID.randomUUID();
			SecretKey key = Aead.newKey();
			keys.put(subject, key);
			wrapped.put(subject, Aead.encrypt(master.key(), key.getEncoded(), "custodian/data-key/" + subject));
			KeyRing ring = new KeyRing(Map.of(subject, key));
			byte[][] row = new byte[COLUMNS.length][];
			for (int c = 0; c < COLUMNS.length; c++) {
				row[c] = ring.seal(subject, "contacts", COLUMNS[c], VALUES[c]);
			}
			rows.put(subject, row);
		}
		List<Double> cold = new ArrayList<>();
		List<Double> warm = new ArrayList<>();
		KeyRing warmRing = new KeyRing(keys);
		for (int round = 0; round < 3000; round++) {
			long start = System.nanoTime();
			Map<UUID, SecretKey> unwrapped = new HashMap<>();
			wrapped.forEach((subject, bytes) -> {
				try {
					unwrapped.put(subject, Aead.key(Aead.decrypt(master.key(), bytes, "custodian/data-key/" + subject)));
				}
				catch (java.security.GeneralSecurityException ex) {
					throw new IllegalStateException(ex);
				}
			});
			openAll(new KeyRing(unwrapped), rows);
			long middle = System.nanoTime();
			openAll(warmRing, rows);
			long end = System.nanoTime();
			cold.add((middle - start) / 1_000_000.0);
			warm.add((end - middle) / 1_000_000.0);
		}
		System.out.printf(Locale.ROOT, "page of 50, crypto only: unwrap 50 keys + open 450 values median %.3f ms; "
				+ "open 450 values with cached keys median %.3f ms%n", median(cold.subList(1000, 3000)),
				median(warm.subList(1000, 3000)));
	}

	private static void openAll(KeyRing ring, Map<UUID, byte[][]> rows) {
		rows.forEach((subject, row) -> {
			for (int c = 0; c < COLUMNS.length; c++) {
				ring.open(subject, "contacts", COLUMNS[c], row[c]);
			}
		});
	}

	/** Creates contacts through ContactManagement in ten batches; returns the median batch rate (contacts/s). */
	private static double create(int contacts, boolean sealingOff) {
		String database = System.getenv().getOrDefault("BENCH_DATABASE_URL",
				"jdbc:h2:mem:bench" + (sealingOff ? "plain" : "sealed")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		// (no DB_CLOSE_DELAY: the in-memory database is dropped when the context closes its pool, so the second
		// run does not share the heap with the first one's rows)
		List<String> args = new ArrayList<>(List.of("--spring.datasource.url=" + database,
				"--custodian.master-key=" + MASTER_KEY,
				"--custodian.admin-password=benchmark-admin-password", "--server.port=0",
				"--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		if (System.getenv("BENCH_DATABASE_URL") != null) {
			args.add("--spring.datasource.username=" + System.getenv().getOrDefault("BENCH_DATABASE_USERNAME", "postgres"));
			args.add("--spring.datasource.password=" + System.getenv().getOrDefault("BENCH_DATABASE_PASSWORD", ""));
			args.add("--spring.flyway.clean-disabled=false");
		}
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CustodianApplication.class)
			.run(args.toArray(String[]::new))) {
			Vault vault = app.getBean(Vault.class);
			if (sealingOff) {
				vault.switchSealingOffForBenchmark();
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
					AuthorityUtils.createAuthorityList(Permission.CONTACT_READ, Permission.CONTACT_WRITE)));
			SecurityContextHolder.setContext(context);
			ContactManagement management = app.getBean(ContactManagement.class);
			int batch = Math.max(1, contacts / 10);
			List<Double> rates = new ArrayList<>();
			int made = 0;
			// warm-up, not measured: lets the JIT compile both paths before either is timed
			for (int i = 0; i < 5_000; i++, made++) {
				management.create(new ContactForm("Warm" + made, VALUES[1], "warm" + made + "@example.org", null, null,
						null, null, "lead", null, null));
			}
			for (int b = 0; b < 10; b++) {
				long start = System.nanoTime();
				for (int i = 0; i < batch; i++, made++) {
					management.create(new ContactForm(VALUES[0] + made, VALUES[1], "person" + made + "@example.org",
							null, VALUES[4], null, null, "lead", null,
							new AddressForm(VALUES[5], VALUES[6], VALUES[7], VALUES[8])));
				}
				rates.add(batch / ((System.nanoTime() - start) / 1e9));
			}
			double rate = median(rates);
			List<Double> pages = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				long start = System.nanoTime();
				management.list(ContactQuery.firstPage(50));
				pages.add((System.nanoTime() - start) / 1_000_000.0);
			}
			List<Double> coldPages = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				vault.forgetCachedKeys();
				long start = System.nanoTime();
				management.list(ContactQuery.firstPage(50));
				coldPages.add((System.nanoTime() - start) / 1_000_000.0);
			}
			System.out.printf(Locale.ROOT, "  list a page of 50 with an empty key cache (loads and unwraps 50 keys): "
					+ "median %.2f ms%n", median(coldPages.subList(50, 200)));
			List<UUID> shown = management.list(ContactQuery.firstPage(50)).items().stream()
				.map(contact -> contact.subjectId()).toList();
			List<Double> rings = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				long start = System.nanoTime();
				vault.ring(shown);
				rings.add((System.nanoTime() - start) / 1_000_000.0);
			}
			System.out.printf(Locale.ROOT, "  key ring for a page of 50 with warm cache: median %.3f ms%n",
					median(rings.subList(50, 200)));
			System.out.printf(Locale.ROOT, "create %d contacts through the service layer, sealing %s: median %.0f contacts/s "
					+ "(10 batches of %d after 5000 warm-up); list a page of 50 from the database, warm key cache: "
					+ "median %.2f ms%n",
					made - 5_000,
					sealingOff ? "OFF (baseline)" : "on", rate, batch, median(pages.subList(50, 200)));
			SecurityContextHolder.clearContext();
			if (System.getenv("BENCH_DATABASE_URL") != null) {
				// leave the shared database empty for the next run, which would otherwise (rightly) refuse to start
				// in front of contacts whose keys its key store lacks
				app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
					.sql("truncate table contact_search_tokens, contacts, audit_event_subjects, audit_events, vault.data_keys")
					.update();
			}
			return rate;
		}
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private VaultBenchmark() {
	}
}
