package dev.custodian.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.custodian.CustodianApplication;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserManagement;
import dev.custodian.transfer.ImportJob;
import dev.custodian.transfer.ImportStatus;
import dev.custodian.transfer.Imports;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Imports a generated contact file through the real job (upload sealed to disk, dry run, run: parsing,
 * validation, sealing, blind indexes and search tokens, deduplication, audit) and compares it with PostgreSQL
 * loading the same file into a plain table with {@code COPY … FROM STDIN}, as psql's {@code \copy} does, in the
 * same run on the same database. The database is wiped first (it must be one made for the benchmark).
 */
public final class ImportBenchmark {

	private static final String MASTER_KEY = "X8BRXhYV9BdL6abca1TIgjC+Q5v0sAOl7y5IXZ1o5RM=";

	private static final String PASSWORD = "benchmark-admin-password";

	private ImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int baselineRounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		String url = System.getenv("BENCH_DATABASE_URL");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException("Set BENCH_DATABASE_URL to a PostgreSQL database made for the benchmark");
		}
		String user = System.getenv().getOrDefault("BENCH_DATABASE_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("BENCH_DATABASE_PASSWORD", "");
		System.out.printf(Locale.ROOT, "Java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

		Path file = Path.of("target", "bench-contacts-" + rows + ".csv");
		if (!Files.exists(file)) {
			long t = System.nanoTime();
			ContactFile.write(file, rows, 20261130L);
			System.out.printf(Locale.ROOT, "generated %s (%d MB) in %.1f s%n", file, Files.size(file) >> 20,
					seconds(t));
		}
		System.out.printf(Locale.ROOT, "file: %d rows, %d MB%n", rows, Files.size(file) >> 20);

		List<Double> baseline = new ArrayList<>();
		try (Connection db = DriverManager.getConnection(url, user, password)) {
			for (int round = 0; round < baselineRounds; round++) {
				baseline.add(copy(db, file));
				System.out.printf(Locale.ROOT, "baseline round %d: COPY into a plain table in %.2f s%n", round + 1,
						baseline.get(baseline.size() - 1));
			}
			try (Statement drop = db.createStatement()) {
				drop.execute("drop table import_baseline");
			}
		}
		double baselineMedian = median(baseline);

		AtomicLong peakRss = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> peakRss.accumulateAndGet(rssKb("VmRSS"), Math::max), 0, 100,
				TimeUnit.MILLISECONDS);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CustodianApplication.class,
				FreshDatabase.class).run("--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
						"--spring.datasource.password=" + password, "--custodian.master-key=" + MASTER_KEY,
						"--custodian.admin-password=" + PASSWORD, "--spring.flyway.clean-disabled=false",
						"--custodian.data-dir=target/bench-data", "--server.port=0", "--spring.main.banner-mode=off",
						"--logging.level.root=WARN")) {
			UserManagement users = app.getBean(UserManagement.class);
			UserAccount admin = users.activeUsers().stream().filter(u -> u.username().equals("admin")).findFirst()
				.orElseThrow();
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(users.actingAs(admin.id()).orElseThrow());
			SecurityContextHolder.setContext(context);
			Imports imports = app.getBean(Imports.class);

			long t0 = System.nanoTime();
			UUID id;
			try (InputStream in = Files.newInputStream(file)) {
				id = imports.upload("contact", file.getFileName().toString(), in, null, null).id();
			}
			double upload = seconds(t0);
			long t1 = System.nanoTime();
			ImportJob ready = waitFor(imports, id, ImportStatus.READY);
			double dryRun = seconds(t1);
			System.out.printf(Locale.ROOT, "upload (sealed to disk) %.1f s; dry run %.1f s: %s%n", upload, dryRun,
					ready.check());
			long t2 = System.nanoTime();
			imports.start(id, "skip");
			ImportJob done = waitFor(imports, id, ImportStatus.COMPLETED);
			double run = seconds(t2);
			sampler.shutdown();
			System.out.printf(Locale.ROOT, "run %.1f s: %d created, %d updated, %d skipped, %d rejected (%.0f rows/s)%n",
					run, done.created(), done.updated(), done.skipped(), done.rejected(), done.rowsDone() / run);
			System.out.printf(Locale.ROOT, "%nbaseline (COPY, median of %d): %.2f s%n", baseline.size(),
					baselineMedian);
			System.out.printf(Locale.ROOT, "Custodian run / baseline: %.1f×; dry run + run / baseline: %.1f×%n",
					run / baselineMedian, (dryRun + run) / baselineMedian);
			System.out.printf(Locale.ROOT, "peak RSS of the process: %d MB (sampled), %d MB (VmHWM)%n",
					peakRss.get() >> 10, rssKb("VmHWM") >> 10);
			export(app, rows);
		}
	}

	/**
	 * Exports every contact as the list's export does (the same code as {@code GET /api/v1/contacts/export}: pages
	 * read through the contact service, opened, audited per batch, written as CSV), into a stream that counts the
	 * bytes; reports rows a second and the process's RSS while it runs.
	 */
	private static void export(ConfigurableApplicationContext app, int rows) throws IOException {
		AtomicLong peak = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(rssKb("VmRSS"), Math::max), 0, 100,
				TimeUnit.MILLISECONDS);
		dev.custodian.shared.ListExport contacts = app.getBean(dev.custodian.transfer.export.ListExports.class)
			.of("contacts");
		CountingStream out = new CountingStream();
		AtomicLong exported = new AtomicLong();
		long t = System.nanoTime();
		dev.custodian.transfer.export.CsvTable.write(
				contacts.start(java.util.Map.of(), dev.custodian.shared.ExportPurpose.parse("benchmark of the export")),
				out, exported::addAndGet);
		double took = seconds(t);
		sampler.shutdown();
		System.out.printf(Locale.ROOT, "export of %d contacts: %.1f s, %.0f rows/s, %d MB of CSV; peak RSS while "
				+ "exporting %d MB%n", exported.get(), took, exported.get() / took, out.bytes >> 20, peak.get() >> 10);
	}

	/** Counts what is written and keeps nothing. */
	private static final class CountingStream extends java.io.OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}
	}

	/** Loads the file into a fresh plain table with a uuid key and a unique email index; returns the seconds. */
	private static double copy(Connection db, Path file) throws SQLException, IOException {
		try (Statement ddl = db.createStatement()) {
			ddl.execute("drop table if exists import_baseline");
			ddl.execute("create table import_baseline (id uuid primary key default gen_random_uuid(), first_name text, "
					+ "last_name text, email text not null, phone text, company text, job_title text, stage text, "
					+ "street text, city text, postal_code text, country text)");
			ddl.execute("create unique index import_baseline_email_key on import_baseline (email)");
		}
		long t = System.nanoTime();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			db.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_baseline (first_name, last_name, email, "
					+ "phone, company, job_title, stage, street, city, postal_code, country) from stdin with (format csv, "
					+ "header true)", in);
		}
		return seconds(t);
	}

	private static ImportJob waitFor(Imports imports, UUID id, ImportStatus status) throws InterruptedException {
		while (true) {
			ImportJob job = imports.get(id);
			if (job.status() == status) {
				return job;
			}
			if (job.status().finished()) {
				throw new IllegalStateException("The import ended " + job.status() + ": " + job.failure());
			}
			Thread.sleep(200);
		}
	}

	private static long rssKb(String field) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith(field + ":")) {
					return Long.parseLong(line.replaceAll("[^0-9]", ""));
				}
			}
		}
		catch (IOException ex) {
			return 0;
		}
		return 0;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** Starts from an empty database: the benchmark's own, which it may wipe. */
	@Configuration(proxyBeanMethods = false)
	static class FreshDatabase {

		@Bean
		FlywayMigrationStrategy cleanThenMigrate() {
			return flyway -> {
				flyway.clean();
				flyway.migrate();
			};
		}
	}
}
