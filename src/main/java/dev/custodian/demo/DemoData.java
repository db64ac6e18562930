package dev.custodian.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import dev.custodian.company.Company;
import dev.custodian.company.CompanyForm;
import dev.custodian.company.CompanyManagement;
import dev.custodian.contact.Contact;
import dev.custodian.contact.ContactForm;
import dev.custodian.contact.ContactManagement;
import dev.custodian.contact.LifecycleStage;
import dev.custodian.identity.Permission;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.AddressForm;
import dev.custodian.shared.TextFolding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with a small, believable CRM: companies in several countries and the people who work
 * there, at every lifecycle stage, and their deals, timelines, tasks and tickets ({@link DemoWork}). Runs through the same services as users do, so the data passes the same
 * validation and every record is audited (as the {@code system} actor). All or nothing, in one transaction;
 * does nothing when contacts exist.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("custodian.demo")
class DemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private static final String[][] COMPANIES = {
			{ "Northwind Traders", "northwind.example", "Wholesale", "51-200", "GB", "London", "+44 20 7946 0000" },
			{ "Müller & Söhne Maschinenbau", "mueller-soehne.example", "Manufacturing", "201-500", "DE", "Stuttgart", "+49 711 123456" },
			{ "Lumière Studio", "lumiere.example", "Media", "11-50", "FR", "Lyon", "+33 4 72 00 00 00" },
			{ "Fjord Analytics", "fjord-analytics.example", "Software", "11-50", "NO", "Bergen", "+47 55 00 00 00" },
			{ "Castillo Logística", "castillo.example", "Logistics", "501-1000", "ES", "Valencia", "+34 960 000 000" },
			{ "Van der Berg Health", "vdberg-health.example", "Healthcare", "1001-5000", "NL", "Utrecht", "+31 30 000 0000" },
			{ "Kowalski Foods", "kowalski-foods.example", "Food & beverage", "201-500", "PL", "Kraków", "+48 12 000 00 00" },
			{ "Aurora Energia", "aurora-energia.example", "Energy", "5001+", "IT", "Milan", "+39 02 0000 0000" },
			{ "Blue Harbor Software", "blueharbor.example", "Software", "51-200", "IE", "Dublin", "+353 1 000 0000" },
			{ "Svensson Design", "svensson.example", "Design", "1-10", "SE", "Malmö", "+46 40 000 000" } };

	private static final String[] FIRST = { "Anna", "Lukas", "Sofia", "Mateo", "Emma", "Noah", "Léa", "Jonas", "Zoë",
			"Björn", "Chiara", "Tomasz", "Aoife", "Pablo", "Ingrid", "Hugo", "Marta", "Oskar", "Élodie", "Sven" };

	private static final String[] LAST = { "Schneider", "García", "Dubois", "Rossi", "Nowak", "Jansen", "Lindqvist",
			"O'Brien", "Fernández", "Kowalczyk", "Bianchi", "Müller", "Lefèvre", "Andersen", "Murphy", "Novák",
			"Costa", "Berg", "Moreau", "Wójcik" };

	private static final String[] TITLES = { "Head of Procurement", "CTO", "Marketing Manager", "Office Manager",
			"Sales Director", "Operations Lead", "CFO", "Product Owner", "HR Business Partner", "Founder" };

	private static final String[] SOURCES = { "Website form", "Trade fair", "Referral", "Webinar", "Cold outreach" };

	private final ContactManagement contacts;

	private final CompanyManagement companies;

	private final UserManagement users;

	private final TransactionTemplate transactions;

	private final DemoWork work;

	DemoData(ContactManagement contacts, CompanyManagement companies, UserManagement users,
			TransactionTemplate transactions, DemoWork work) {
		this.work = work;
		this.contacts = contacts;
		this.companies = companies;
		this.users = users;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-data", null,
				AuthorityUtils.createAuthorityList(Permission.CONTACT_READ, Permission.CONTACT_WRITE,
						Permission.COMPANY_READ, Permission.COMPANY_WRITE, Permission.DEAL_READ, Permission.DEAL_WRITE,
						Permission.ACTIVITY_READ, Permission.ACTIVITY_WRITE, Permission.TASK_READ, Permission.TASK_WRITE,
						Permission.TICKET_READ, Permission.TICKET_WRITE)));
		SecurityContextHolder.setContext(context);
		try {
			if (contacts.count() > 0) {
				return;
			}
			transactions.executeWithoutResult(status -> seed());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private void seed() {
		Random random = new Random(20261129L);
		List<Company> created = new ArrayList<>();
		for (String[] c : COMPANIES) {
			created.add(companies.create(new CompanyForm(c[0], c[1], c[2], c[3], c[6], "https://www." + c[1],
					new AddressForm(null, c[5], null, c[4]))));
		}
		List<UserAccount> owners = users.activeUsers();
		LifecycleStage[] stages = LifecycleStage.values();
		int count = 0;
		List<Contact> people = new ArrayList<>();
		for (int i = 0; i < FIRST.length; i++) {
			for (int j = 0; j < 3; j++) {
				String first = FIRST[i];
				String last = LAST[(i * 7 + j * 3) % LAST.length];
				Company company = created.get((i + j * 4) % created.size());
				String email = (TextFolding.fold(first) + "." + TextFolding.fold(last)).replaceAll("[^a-z.]", "")
						+ "@" + company.domain();
				String base = company.phone() == null ? "" : company.phone();
				String phone = base.substring(0, base.length() - 3) + String.format(Locale.ROOT, "%03d", random.nextInt(1000));
				people.add(contacts.create(new ContactForm(first, last, email, phone, TITLES[random.nextInt(TITLES.length)],
						company.id().toString(), owners.isEmpty() ? null : owners.get(count % owners.size()).id().toString(),
						stages[random.nextInt(stages.length)].code(),
						SOURCES[random.nextInt(SOURCES.length)],
						new AddressForm(null, company.address().city(), null, company.address().country()))));
				count++;
			}
		}
		int[] made = work.seed(created, people, owners, random);
		log.info("Demo data: created {} companies, {} contacts, {} deals, {} activities, {} tasks and {} tickets",
				created.size(), count, made[0], made[1], made[2], made[3]);
	}
}
