package dev.custodian.bench;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import dev.custodian.activity.ActivityForm;
import dev.custodian.activity.Activities;
import dev.custodian.company.Company;
import dev.custodian.company.CompanyForm;
import dev.custodian.company.CompanyManagement;
import dev.custodian.contact.BulkContacts;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactId;
import dev.custodian.contact.LifecycleStage;
import dev.custodian.deal.Deal;
import dev.custodian.deal.DealForm;
import dev.custodian.deal.DealManagement;
import dev.custodian.deal.LostReasons;
import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Pipelines;
import dev.custodian.deal.Stage;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserForm;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.AddressForm;
import dev.custodian.shared.Ids;
import dev.custodian.shared.PostalAddress;
import dev.custodian.ticket.TicketForm;
import dev.custodian.ticket.TicketManagement;
import dev.custodian.vault.BulkKeys;
import dev.custodian.vault.KeyRing;
import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Fills a fresh PostgreSQL database for {@link SalesBenchmark}: users, companies, tickets, one deal with its
 * activities and some background activities through the services; the million contacts and the deals in bulk.
 *
 * <p>The bulk part writes exactly what the services write, made by the same code: each contact gets its own data
 * key wrapped by the master key, its values are sealed by {@code SealedContactRow}, its email and phone indexes and
 * its search tokens come from {@code SearchTokens}. Only the writing differs: PostgreSQL's {@code COPY} instead
 * of one transaction per contact, with the search tokens' indexes built after the load. No audit entries are
 * written for the bulk rows (the benchmark measures reads; the reads it measures write theirs). The deals' name
 * prefixes and the board's running sums are computed as for an installation that had deals before they were
 * introduced: the sums by the SQL of their migration, the prefixes by the deal module's start-up job.
 */
final class SalesSeed {

	static final String TIMELINE_EMAIL = "tilda.timeline@bench.example";

	private static final int BATCH = 20_000;

	private static final String[] FIRST = { "Anna", "Ben", "Clara", "David", "Emma", "Felix", "Greta", "Hugo", "Ida",
			"Jonas", "Klara", "Lukas", "Maria", "Max", "Nina", "Oskar", "Paula", "Quentin", "Rosa", "Simon", "Tara",
			"Ulrich", "Vera", "Willem", "Yara", "Zoe", "Marta", "Mateo", "Lena", "Leon", "Sofia", "Noah", "Mia", "Elias",
			"Hannah", "Paul", "Lea", "Finn", "Amelie", "Luis", "Marie", "Henry", "Emilia", "Karl", "Johanna", "Theo",
			"Chiara", "Matteo", "Aoife", "Sean", "Ingrid", "Lars", "Agnieszka", "Piotr", "Léa", "Étienne", "Zoë",
			"Søren", "Małgorzata", "José" };

	private static final String[] LAST = { "Schneider", "García", "Dubois", "Rossi", "Nowak", "Jansen", "Lindqvist",
			"O'Brien", "Fernández", "Kowalczyk", "Bianchi", "Müller", "Lefèvre", "Andersen", "Murphy", "Novák", "Costa",
			"Berg", "Moreau", "Wójcik", "Schmidt", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
			"Martin", "Bernard", "Petit", "Durand", "Leroy", "Romano", "Ricci", "Marino", "Greco", "Bruno", "Gallo",
			"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Thomas",
			"Roberts", "Walsh", "Byrne", "Ryan", "Nielsen", "Hansen", "Pedersen", "Larsen", "Svensson", "Johansson",
			"Karlsson" };

	private static final String[] TITLES = { "Head of Procurement", "CTO", "Marketing Manager", "Office Manager",
			"Sales Director", "Operations Lead", "CFO", "Product Owner", "HR Business Partner", "Founder" };

	private static final String[] CITIES = { "Berlin,DE", "Hamburg,DE", "Munich,DE", "Vienna,AT", "Zurich,CH",
			"Paris,FR", "Lyon,FR", "Milan,IT", "Madrid,ES", "Dublin,IE", "Amsterdam,NL", "Warsaw,PL", "Stockholm,SE",
			"Copenhagen,DK", "London,GB", "Prague,CZ" };

	private static final String[] PREFIXES = { "Nord", "Alpen", "Rhein", "Blue", "Silver", "Green", "Atlas", "Nova",
			"Delta", "Orbit", "Vista", "Summit", "Harbor", "Lumen", "Quartz", "Cedar", "Falcon", "Granite", "Iris",
			"Juniper" };

	private static final String[] SUFFIXES = { "Logistik", "Software", "Foods", "Energy", "Health", "Textiles",
			"Robotics", "Media", "Finance", "Retail", "Systems", "Labs", "Works", "Partners", "Group", "Bau",
			"Analytics", "Motors", "Pharma", "Travel" };

	private static final String[] PRODUCTS = { "Renewal", "Expansion", "Pilot", "Enterprise licence", "Support plan",
			"Onboarding", "Upgrade", "Training", "Integration", "Consulting" };

	private final ConfigurableApplicationContext app;

	private final Connection db;

	private final Random random = new Random(20261129L);

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	SalesSeed(ConfigurableApplicationContext app, Connection db) {
		this.app = app;
		this.db = db;
	}

	/** Seeds everything; returns what {@link SalesBenchmark} measures against. */
	void seed(int contactCount, int dealCount, int timeline) throws SQLException {
		long start = System.nanoTime();
		List<UserAccount> users = users();
		List<Company> companies = companies(2_000);
		log(start, "%d users and %d companies through the services", users.size(), companies.size());
		List<UUID> contacts = contacts(contactCount, users, companies);
		log(start, "%d contacts in bulk (keys, sealed rows, search tokens)", contacts.size());
		Pipeline sales = app.getBean(Pipelines.class).all().get(0);
		deals(dealCount, sales, users, companies, contacts);
		log(start, "%d deals in bulk in pipeline %s", dealCount, sales.name());
		Deal big = bigDeal(sales, users, companies, contacts.get(0), timeline);
		log(start, "deal %s with %d activities through the services", big.id(), timeline);
		int background = background(contacts, 5_000);
		int tickets = tickets(contacts, users, 2_000);
		log(start, "%d more activities and %d tickets through the services", background, tickets);
		try (Statement s = db.createStatement()) {
			s.execute("vacuum analyze");
		}
		log(start, "vacuum analyze");
	}

	private List<UserAccount> users() {
		UserManagement management = app.getBean(UserManagement.class);
		for (int i = 1; i <= 10; i++) {
			management.create(new UserForm("bench-sales-" + i, "Seller " + i, "SALES",
					"a long benchmark password " + i, true));
		}
		return management.activeUsers();
	}

	private List<Company> companies(int count) {
		CompanyManagement management = app.getBean(CompanyManagement.class);
		List<Company> made = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String name = PREFIXES[i % PREFIXES.length] + " " + SUFFIXES[i / PREFIXES.length % SUFFIXES.length] + " "
					+ (i / (PREFIXES.length * SUFFIXES.length) + 1);
			String slug = name.toLowerCase(Locale.ROOT).replace(' ', '-');
			String[] city = CITIES[i % CITIES.length].split(",");
			made.add(management.create(new CompanyForm(name, slug + ".example", "Manufacturing", null, null,
					"https://www." + slug + ".example", new AddressForm(null, city[0], null, city[1]), null, false,
					null)));
		}
		return made;
	}

	/** The contacts, first of them the person whose timeline is measured; returns their ids in order. */
	private List<UUID> contacts(int count, List<UserAccount> users, List<Company> companies) throws SQLException {
		BulkKeys keys = new BulkKeys(app);
		try (Statement s = db.createStatement()) {
			s.execute("set maintenance_work_mem = '1GB'");
			s.execute("alter table contact_search_tokens drop constraint contact_search_tokens_subject_id_fkey");
			s.execute("alter table contact_search_tokens drop constraint contact_search_tokens_pkey");
			s.execute("drop index contact_search_tokens_subject_idx");
		}
		List<UUID> ids = new ArrayList<>(count);
		LifecycleStage[] stages = LifecycleStage.values();
		for (int from = 0; from < count; from += BATCH) {
			List<Contact> batch = new ArrayList<>();
			for (int i = from; i < Math.min(count, from + BATCH); i++) {
				UUID id = Ids.newId();
				ids.add(id);
				Company company = companies.get(random.nextInt(companies.size()));
				String first = i == 0 ? "Tilda" : FIRST[random.nextInt(FIRST.length)];
				String last = i == 0 ? "Timeline" : LAST[random.nextInt(LAST.length)];
				String email = i == 0 ? TIMELINE_EMAIL
						: (ascii(first) + "." + ascii(last) + "." + i + "@" + company.domain());
				String[] city = CITIES[random.nextInt(CITIES.length)].split(",");
				Instant created = now.minus(Duration.ofMinutes(random.nextInt(3 * 365 * 24 * 60)));
				batch.add(new Contact(new ContactId(id), first, last, email,
						random.nextInt(3) == 0 ? null : String.format(Locale.ROOT, "+4930%07d", i),
						TITLES[random.nextInt(TITLES.length)], company.id(),
						users.get(random.nextInt(users.size())).id(), stages[random.nextInt(stages.length)], "Import",
						new PostalAddress(null, city[0], null, city[1]), created,
						created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 90))), 0, null));
			}
			StringBuilder keyRows = new StringBuilder();
			KeyRing ring = keys.create(batch.stream().map(Contact::subjectId).toList(), keyRows, now.toString());
			int parts = Runtime.getRuntime().availableProcessors();
			List<StringBuilder[]> written = IntStream.range(0, parts).parallel().mapToObj(part -> {
				StringBuilder rows = new StringBuilder();
				StringBuilder tokens = new StringBuilder();
				for (int i = part; i < batch.size(); i += parts) {
					BulkContacts.rows(batch.get(i), ring, keys.index(), rows, tokens);
				}
				return new StringBuilder[] { rows, tokens };
			}).toList();
			copy("vault.data_keys (subject_id, master_key_id, wrapped_key, created_at)", keyRows);
			for (StringBuilder[] part : written) {
				copy("contacts (" + BulkContacts.COLUMNS + ")", part[0]);
				copy("contact_search_tokens (token, subject_id)", part[1]);
			}
			if ((from / BATCH) % 10 == 9) {
				System.out.printf(Locale.ROOT, "  %,d contacts%n", from + batch.size());
			}
		}
		try (Statement s = db.createStatement()) {
			s.execute("alter table contact_search_tokens add primary key (token, subject_id)");
			s.execute("create index contact_search_tokens_subject_idx on contact_search_tokens (subject_id)");
			s.execute("alter table contact_search_tokens add constraint contact_search_tokens_subject_id_fkey "
					+ "foreign key (subject_id) references contacts (id) on delete cascade");
		}
		return ids;
	}

	private void deals(int count, Pipeline pipeline, List<UserAccount> users, List<Company> companies,
			List<UUID> contacts) throws SQLException {
		UUID lostReason = app.getBean(LostReasons.class).all().get(0).id();
		List<Stage> stages = pipeline.stages();
		String[] roles = { "decision-maker", "champion", "influencer", "user", "other" };
		String[] currencies = { "EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "EUR", "USD", "GBP" };
		LocalDate today = LocalDate.now();
		for (int from = 0; from < count; from += BATCH) {
			StringBuilder deals = new StringBuilder();
			StringBuilder people = new StringBuilder();
			StringBuilder history = new StringBuilder();
			for (int i = from; i < Math.min(count, from + BATCH); i++) {
				UUID id = Ids.newId();
				Stage stage = stages.get(random.nextInt(stages.size()));
				String status = stage.probability() == 100 ? "won" : stage.probability() == 0 ? "lost" : "open";
				Company company = companies.get(random.nextInt(companies.size()));
				UUID owner = users.get(random.nextInt(users.size())).id().value();
				LocalDate close = status.equals("open") ? today.plusDays(random.nextInt(570) - 30)
						: today.minusDays(random.nextInt(720));
				Instant created = now.minus(Duration.ofMinutes(random.nextInt(2 * 365 * 24 * 60)));
				Instant entered = created.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 30)));
				BigDecimal amount = BigDecimal.valueOf(1_000 + random.nextInt(200_000)).setScale(2);
				deals.append(id).append(",\"").append(company.name()).append(" · ")
					.append(PRODUCTS[random.nextInt(PRODUCTS.length)]).append("\",").append(amount.toPlainString())
					.append(',').append(currencies[random.nextInt(currencies.length)]).append(',')
					.append(pipeline.id()).append(',').append(stage.id()).append(',').append(owner).append(',')
					.append(company.id().value()).append(',').append(status).append(',')
					.append(status.equals("lost") ? lostReason.toString() : "").append(',').append(close).append(',')
					.append(entered).append(',').append(created).append(',').append(entered).append(",0\n");
				UUID first = contacts.get(1 + random.nextInt(contacts.size() - 1));
				people.append(first).append(',').append(id).append(',').append(roles[random.nextInt(roles.length)])
					.append(",1\n");
				if (random.nextInt(3) == 0) {
					UUID second = contacts.get(1 + random.nextInt(contacts.size() - 1));
					if (!second.equals(first)) {
						people.append(second).append(',').append(id).append(",other,2\n");
					}
				}
				history.append(Ids.newId()).append(',').append(id).append(',').append(stage.id()).append(",\"")
					.append(stage.name()).append("\",").append(entered).append(',').append(owner).append('\n');
			}
			copy("deals (id, name, amount, currency, pipeline_id, stage_id, owner_id, company_id, status, "
					+ "lost_reason_id, expected_close_date, stage_entered_at, created_at, updated_at, version)", deals);
			copy("deal_contacts (subject_id, deal_id, role, position)", people);
			copy("deal_stage_history (id, deal_id, stage_id, stage_name, entered_at, entered_by)", history);
		}
		// the board's running sums, as the migration that introduced them computes them from existing deals
		try (Statement s = db.createStatement()) {
			s.execute("delete from deal_board_sums");
			s.execute("insert into deal_board_sums (pipeline_id, stage_id, status, owner_id, currency, close_month, "
					+ "deals, amount) select pipeline_id, stage_id, status, owner_id, currency, extract(year from "
					+ "expected_close_date) * 100 + extract(month from expected_close_date), count(*), sum(amount) "
					+ "from deals group by pipeline_id, stage_id, status, owner_id, currency, extract(year from "
					+ "expected_close_date) * 100 + extract(month from expected_close_date)");
		}
	}

	/** The deal whose timeline is measured, made through the service, and its activities. */
	private Deal bigDeal(Pipeline pipeline, List<UserAccount> users, List<Company> companies, UUID person,
			int activities) {
		Stage proposal = pipeline.stages().get(2);
		Deal deal = app.getBean(DealManagement.class).create(new DealForm("Timeline Benchmark · Enterprise licence",
				"250000.00", "EUR", pipeline.id().toString(), proposal.id().toString(), users.get(0).id().toString(),
				companies.get(0).id().toString(), List.of(new DealForm.Participant(person.toString(), "decision-maker")),
				null, null, LocalDate.now().plusDays(60).toString(), null));
		Activities service = app.getBean(Activities.class);
		for (int i = 0; i < activities; i++) {
			Instant at = now.minus(Duration.ofHours(12L * (i + 1)));
			List<UUID> about = List.of(person);
			switch (i % 4) {
				case 0 -> service.create(new ActivityForm("note", null, "Notes from the review " + i
						+ ": budget confirmed, legal review next.", at, null, null, null, null, null, about, null,
						deal.id(), null, List.of(), List.of()));
				case 1 -> service.create(new ActivityForm("call", "Call " + i, "Walked through the pricing.", at, null,
						"outbound", 300 + i, "connected", null, about, null, deal.id(), null, List.of(), List.of()));
				case 2 -> service.create(new ActivityForm("meeting", "Workshop " + i, "Agenda: scope and rollout.", at,
						at.plus(Duration.ofHours(1)), null, null, null, "Video call", about, null, deal.id(), null,
						about, List.of(users.get(0).id().value())));
				default -> service.create(new ActivityForm("email", "Proposal v" + i, "Please find the proposal "
						+ "attached.", at, null, "inbound", null, null, null, about, null, deal.id(), null, about,
						List.of()));
			}
		}
		return deal;
	}

	private int background(List<UUID> contacts, int count) {
		Activities service = app.getBean(Activities.class);
		for (int i = 0; i < count; i++) {
			UUID person = contacts.get(1 + random.nextInt(contacts.size() - 1));
			service.create(new ActivityForm("note", null, "Background note " + i, now.minus(Duration.ofHours(i)), null,
					null, null, null, null, List.of(person), null, null, null, List.of(), List.of()));
		}
		return count;
	}

	private int tickets(List<UUID> contacts, List<UserAccount> users, int count) {
		TicketManagement service = app.getBean(TicketManagement.class);
		String[] subjects = { "Cannot sign in", "Invoice shows the wrong amount", "Export is missing a column",
				"Password reset mail not arriving", "Dashboard loads slowly", "Question about the contract" };
		for (int i = 0; i < count; i++) {
			UUID requester = contacts.get(1 + random.nextInt(contacts.size() - 1));
			service.create(new TicketForm(subjects[i % subjects.length] + " #" + i, "Reported by the customer.", null,
					List.of("low", "normal", "high", "urgent").get(i % 4), List.of("email", "phone", "web", "chat")
						.get(i % 4), requester.toString(), users.get(i % users.size()).id().toString(),
					List.of(i % 2 == 0 ? "billing" : "product")));
		}
		return count;
	}

	private void copy(String target, CharSequence csv) throws SQLException {
		if (csv.isEmpty()) {
			return;
		}
		try {
			db.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy " + target + " from stdin (format csv)", new StringReader(csv.toString()));
		}
		catch (java.io.IOException ex) {
			throw new SQLException(ex);
		}
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
			.replaceAll("[^A-Za-z]", "")
			.toLowerCase(Locale.ROOT);
	}

	private static void log(long start, String format, Object... args) {
		System.out.printf(Locale.ROOT, "[%4.0f s] " + format + "%n",
				prepend((System.nanoTime() - start) / 1e9, args));
	}

	private static Object[] prepend(Object first, Object[] rest) {
		Object[] all = new Object[rest.length + 1];
		all[0] = first;
		System.arraycopy(rest, 0, all, 1, rest.length);
		return all;
	}
}
