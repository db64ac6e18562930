package dev.custodian.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.custodian.CustodianApplication;
import dev.custodian.contact.ContactManagement;
import dev.custodian.identity.Permission;
import dev.custodian.identity.Role;
import dev.custodian.vault.BulkKeys;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The speed of the sales and service pages on PostgreSQL with a million contacts, 200,000 deals and a deal (and
 * its contact) holding 500 activities: the board of the pipeline, the contact's page with its timeline, the
 * timelines of the contact and the deal, and the global search as one types. Each is requested over HTTP on the
 * loopback by a signed-in administrator, in rounds that take every page in turn, so that the machine's noise falls
 * on all of them alike; each round also times, on a plain JDBC connection, one indexed query on the same tables as
 * the page's main query (the baseline) and a static file over HTTP (the floor of any request). Reports median, p90
 * and p99 per page in milliseconds, as the server's own time (see {@link ServerTiming}) and as the client saw it.
 *
 * <p>Run with {@code bench/run.sh sales}; see {@code bench/README.md}. The first run seeds the database (see
 * {@link SalesSeed}); later runs against the same database measure only.
 */
public final class SalesBenchmark {

	/** The benchmark database's master key: a fixed, public key, for benchmark data only. */
	private static final String MASTER_KEY = Base64.getEncoder()
		.encodeToString("benchmark-only-key-not-for-data!".getBytes(StandardCharsets.US_ASCII));

	private static final String PASSWORD = "benchmark-admin-password";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern HX_CSRF = Pattern.compile("X-CSRF-TOKEN&quot;: &quot;([^&]+)&quot;");

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private String csrf;

	/** The probe being timed, sent along so that {@link ServerTiming} files the server's time under it. */
	private String probe = "sign-in";

	private SalesBenchmark(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public static void main(String[] args) throws Exception {
		int contacts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
		int deals = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
		int activities = args.length > 2 ? Integer.parseInt(args[2]) : 500;
		int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 300;
		String url = System.getenv("BENCH_DATABASE_URL");
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException("Set BENCH_DATABASE_URL to a PostgreSQL database made for the benchmark");
		}
		String user = System.getenv().getOrDefault("BENCH_DATABASE_USERNAME", "postgres");
		String password = System.getenv().getOrDefault("BENCH_DATABASE_PASSWORD", "");
		System.out.printf(Locale.ROOT, "Java %s, %d cores%n", System.getProperty("java.version"),
				Runtime.getRuntime().availableProcessors());
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(CustodianApplication.class, ServerTiming.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
				"--spring.datasource.password=" + password, "--custodian.master-key=" + MASTER_KEY,
				"--custodian.admin-password=" + PASSWORD, "--custodian.security.mfa-required-roles=",
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN");
				Connection db = DriverManager.getConnection(url, user, password)) {
			UUID person = seeded(app, db, contacts, deals, activities);
			System.out.printf(Locale.ROOT, "database: %s%n", sizes(db));
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			new SalesBenchmark(port).measure(app, db, person, rounds);
		}
	}

	/** Seeds an empty database; returns the person whose timeline is measured. */
	private static UUID seeded(ConfigurableApplicationContext app, Connection db, int contacts, int deals,
			int activities) throws SQLException {
		var context = SecurityContextHolder.createEmptyContext();
		List<String> all = new ArrayList<>(Role.ADMIN.permissions());
		all.add(Permission.CONTACT_READ);
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("benchmark", null,
				AuthorityUtils.createAuthorityList(all.toArray(String[]::new))));
		SecurityContextHolder.setContext(context);
		try {
			ContactManagement management = app.getBean(ContactManagement.class);
			long count = count(db, "select count(*) from contacts");
			if (count == 0) {
				new SalesSeed(app, db).seed(contacts, deals, activities);
			}
			return management.findByEmail(SalesSeed.TIMELINE_EMAIL)
				.orElseThrow(() -> new IllegalStateException("The database holds contacts but not the benchmark's: "
						+ "use a fresh database made for the benchmark"))
				.value();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void measure(ConfigurableApplicationContext app, Connection db, UUID person, int rounds)
			throws Exception {
		// deals copied in bulk get the prefixes of their names' words from the start-up job that indexes older deals
		long waited = System.nanoTime();
		while (count(db, "select count(*) from deals where name_words = 0") > 0) {
			Thread.sleep(1_000);
		}
		System.out.printf(Locale.ROOT, "deal names indexed by the start-up job (waited %.0f s)%n",
				(System.nanoTime() - waited) / 1e9);
		signIn();
		UUID pipeline = uuid(db, "select id from pipelines order by display_order limit 1");
		UUID stage = uuid(db, "select id from pipeline_stages where pipeline_id = '" + pipeline
				+ "' order by position offset 2 limit 1");
		UUID deal = uuid(db, "select id from deals where name like 'Timeline Benchmark%'");
		UUID owner = uuid(db, "select owner_id from deals group by owner_id order by count(*) desc limit 1");
		String nameToken = new BulkKeys(app).index().exact("name", "ma");
		System.out.printf(Locale.ROOT, "board: %,d deals in the pipeline, %,d open in its third stage; contact "
				+ "timeline: %d activities; deal timeline: %d activities%n",
				count(db, "select count(*) from deals where pipeline_id = '" + pipeline + "'"),
				count(db, "select count(*) from deals where stage_id = '" + stage + "' and status = 'open'"),
				count(db, "select count(*) from activity_links where kind = 'contact' and record_id = '" + person + "'"),
				count(db, "select count(*) from activity_links where kind = 'deal' and record_id = '" + deal + "'"));

		Map<String, Probe> probes = new LinkedHashMap<>();
		probes.put("floor: static file over HTTP", () -> get("/css/custodian.css", "body"));
		probes.put("board of the pipeline", () -> get("/deals/board?pipeline=" + pipeline, "Negotiation"));
		probes.put("board, one owner's deals", () -> get("/deals/board?pipeline=" + pipeline + "&ownerId=" + owner,
				"Negotiation"));
		probes.put("contact page (its timeline loads next)", () -> get("/contacts/" + person, "Tilda"));
		probes.put("contact timeline page (20 newest)", () -> get("/timeline/contact/" + person, "review"));
		probes.put("deal timeline page (20 newest)", () -> get("/timeline/deal/" + deal, "review"));
		probes.put("search as you type: \"ma\"", () -> search("ma"));
		probes.put("search as you type: \"maria sch\"", () -> search("maria sch"));
		probes.put("search as you type: an email", () -> search(SalesSeed.TIMELINE_EMAIL));
		probes.put("search as you type: \"renewal\"", () -> search("renewal"));
		probes.put("search as you type: no match", () -> search("qqxzv"));
		try (PreparedStatement cards = db.prepareStatement("select id, name, amount, currency, expected_close_date "
				+ "from deals where pipeline_id = ? and stage_id = ? and status = 'open' "
				+ "order by expected_close_date, id limit 21");
				PreparedStatement timeline = db.prepareStatement("select a.id, a.type, a.occurred_at from "
						+ "activity_links l join activities a on a.id = l.activity_id where l.kind = 'contact' and "
						+ "l.record_id = ? order by l.occurred_at desc, l.activity_id desc limit 21");
				PreparedStatement tokens = db.prepareStatement("select c.id, c.first_name, c.last_name, c.email "
						+ "from contact_search_tokens t join contacts c on c.id = t.subject_id where t.token = ? "
						+ "limit 6")) {
			cards.setObject(1, pipeline);
			cards.setObject(2, stage);
			timeline.setObject(1, person);
			tokens.setString(1, nameToken);
			probes.put("baseline: one board column's cards (JDBC)", () -> query(cards));
			probes.put("baseline: 20 newest timeline entries (JDBC)", () -> query(timeline));
			probes.put("baseline: contacts by one search token (JDBC)", () -> query(tokens));

			String only = System.getenv("BENCH_PROBES");
			if (only != null) {
				// a regular expression naming the probes to run, for profiling one page
				probes.keySet().removeIf(name -> !Pattern.compile(only).matcher(name).find());
			}
			Map<String, List<Double>> times = new LinkedHashMap<>();
			probes.keySet().forEach(name -> times.put(name, new ArrayList<>()));
			int warmUp = Math.max(30, rounds / 5);
			for (int round = 0; round < warmUp + rounds; round++) {
				if (round == warmUp) {
					ServerTiming.TIMES.clear();
				}
				for (Map.Entry<String, Probe> next : probes.entrySet()) {
					probe = next.getKey();
					long start = System.nanoTime();
					next.getValue().run();
					double ms = (System.nanoTime() - start) / 1e6;
					if (round >= warmUp) {
						times.get(next.getKey()).add(ms);
					}
				}
			}
			System.out.printf(Locale.ROOT, "%n%-46s %27s   %27s%n", "ms over " + rounds + " rounds (after " + warmUp
					+ " warm-up)", "server time", "seen by the client");
			System.out.printf(Locale.ROOT, "%-46s %9s%9s%9s   %9s%9s%9s%n", "", "median", "p90", "p99", "median", "p90",
					"p99");
			times.forEach((name, list) -> {
				Collections.sort(list);
				List<Double> server = new ArrayList<>(ServerTiming.TIMES.getOrDefault(name, List.of()));
				Collections.sort(server);
				String serverColumns = server.isEmpty() ? String.format(Locale.ROOT, "%27s", "(no HTTP)")
						: String.format(Locale.ROOT, "%9.2f%9.2f%9.2f", percentile(server, 50), percentile(server, 90),
								percentile(server, 99));
				System.out.printf(Locale.ROOT, "%-46s %s   %9.2f%9.2f%9.2f%n", name, serverColumns,
						percentile(list, 50), percentile(list, 90), percentile(list, 99));
			});
		}
	}

	private void signIn() throws Exception {
		String form = send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(), 200).body();
		Matcher token = CSRF.matcher(form);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String body = "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), 302);
		String home = send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(), 200).body();
		Matcher hx = HX_CSRF.matcher(home);
		if (!hx.find()) {
			throw new IllegalStateException("not signed in: the home page has no htmx CSRF header");
		}
		csrf = hx.group(1);
	}

	private void get(String path, String expected) {
		String body = send(HttpRequest.newBuilder(URI.create(base + path)).header(ServerTiming.HEADER, probe).GET()
			.build(), 200).body();
		if (!body.contains(expected)) {
			throw new IllegalStateException(path + " does not show what it should");
		}
	}

	/** The top bar's search as one types: the htmx POST, the text in the body. */
	private void search(String text) {
		send(HttpRequest.newBuilder(URI.create(base + "/search"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", csrf)
			.header(ServerTiming.HEADER, probe)
			.POST(HttpRequest.BodyPublishers.ofString("q=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
			.build(), 200);
	}

	private HttpResponse<String> send(HttpRequest request, int status) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != status) {
				throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
						+ response.statusCode() + " instead of " + status);
			}
			return response;
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void query(PreparedStatement statement) {
		try (ResultSet rs = statement.executeQuery()) {
			int rows = 0;
			while (rs.next()) {
				rs.getObject(1);
				rows++;
			}
			if (rows == 0) {
				throw new IllegalStateException("the baseline query found nothing");
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long count(Connection db, String sql) throws SQLException {
		try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static UUID uuid(Connection db, String sql) throws SQLException {
		try (var s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			if (!rs.next()) {
				throw new IllegalStateException("nothing found by " + sql);
			}
			return rs.getObject(1, UUID.class);
		}
	}

	private static String sizes(Connection db) throws SQLException {
		StringBuilder out = new StringBuilder();
		for (String table : List.of("contacts", "contact_search_tokens", "vault.data_keys", "deals", "deal_contacts",
				"activities", "activity_copies", "tickets")) {
			out.append(out.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %,d rows", table,
					count(db, "select count(*) from " + table)));
		}
		try (var s = db.createStatement();
				ResultSet rs = s.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
			rs.next();
			out.append("; ").append(rs.getString(1)).append(" on disk");
		}
		return out.toString();
	}

	private static double percentile(List<Double> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	@FunctionalInterface
	private interface Probe {

		void run();

	}
}
