package dev.custodian.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.identity.SecondFactors;
import dev.custodian.identity.UserId;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.custodian.catalog.FieldDeclaration.personal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rule behind "every personal value is sealed", over whatever the modules declare: a column the
 * catalogue declares personal must be declared sealed, and what the application stores in it must be the vault's
 * ciphertext, never the plain text. Rows are written through the API first (a contact with every field, a user, a
 * second factor), then every declared personal column of every table is read back raw. Fake declarations show the
 * check failing. Runs on H2 and PostgreSQL.
 */
public abstract class SealedPersonalColumnsContract extends ApiContract {

	/** The vault's format byte for AES-GCM, then a 12-byte nonce and a 16-byte tag around the message. */
	private static final byte SEALED_FORMAT = 1;

	private static final int SEALED_OVERHEAD = 1 + 12 + 16;

	@Autowired
	DataCatalogue catalogue;

	@Autowired
	SecondFactors secondFactors;

	private final List<String> written = new ArrayList<>();

	private final Map<String, Integer> checked = new TreeMap<>();

	@BeforeEach
	void writeRowsThroughTheApplication() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		written.addAll(List.of("Ottilie" + tag, "Sealcheck" + tag, "ottilie-" + tag + "@example.org", "Archivist" + tag,
				"Lindenweg " + tag, "Quedlinburg" + tag, "Q-" + tag, "uname-" + tag, "Ottilie Display " + tag));
		written.addAll(List.of("trader-" + tag + "@example.org", "Werkstattgasse " + tag, "Wernigerode" + tag,
				"W-" + tag));
		String company = api.post("/api/v1/companies", personas.token(Role.ADMIN), """
				{"name":"Sealcheck Company %s","soleTrader":true,"email":"%s","phone":"+49 30 901820",
				 "address":{"street":"%s","city":"%s","postalCode":"%s","country":"DE"}}"""
			.formatted(tag, written.get(9), written.get(10), written.get(11), written.get(12))).text("id");
		String contact = api.post("/api/v1/contacts", personas.token(Role.ADMIN), """
				{"firstName":"%s","lastName":"%s","email":"%s","phone":"+44 20 7946 0958","jobTitle":"%s",
				 "companyId":"%s","address":{"street":"%s","city":"%s","postalCode":"%s","country":"GB"}}"""
			.formatted(written.get(0), written.get(1), written.get(2), written.get(3), company, written.get(4),
					written.get(5), written.get(6))).text("id");
		// an activity's content, sealed in the contact's copy
		written.addAll(List.of("Agenda " + tag, "Minutes " + tag, "Room " + tag));
		api.post("/api/v1/activities", personas.token(Role.ADMIN), """
				{"type":"meeting","subject":"%s","body":"%s","location":"%s","attendeeContactIds":["%s"]}"""
			.formatted(written.get(written.size() - 3), written.get(written.size() - 2), written.get(written.size() - 1),
					contact));
		written.addAll(List.of("+442079460958", "+4930901820"));
		String user = api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"" + written.get(7)
				+ "\",\"displayName\":\"" + written.get(8) + "\",\"role\":\"SALES\",\"password\":\"a-long-password\"}")
			.text("id");
		written.add(secondFactors.begin(new UserId(UUID.fromString(user))).secret());
		written.addAll(List.of("Taskcheck " + tag, "Call Ottilie " + tag));
		api.post("/api/v1/tasks", personas.token(Role.ADMIN), "{\"title\":\"" + written.get(written.size() - 2)
				+ "\",\"description\":\"" + written.get(written.size() - 1)
				+ "\",\"dueAt\":\"2030-01-01T09:00:00Z\",\"contactId\":\"" + contact + "\"}");
		String requester = api.post("/api/v1/contacts", personas.token(Role.ADMIN),
				"{\"lastName\":\"Requester" + tag + "\"}").text("id");
		written.addAll(List.of("Ticketsubject " + tag, "Ticketdescription " + tag));
		api.post("/api/v1/tickets", personas.token(Role.ADMIN), "{\"subject\":\"" + written.get(written.size() - 2)
				+ "\",\"description\":\"" + written.get(written.size() - 1) + "\",\"channel\":\"email\","
				+ "\"requesterId\":\"" + requester + "\"}");
	}

	@Test
	void everyDeclaredPersonalColumnIsSealedAndHoldsOnlyCiphertext() {
		assertThat(problems(catalogue.declarations())).isEmpty();
		assertThat(checked).as("values checked per column").containsKeys("contacts.first_name", "contacts.email",
				"contacts.phone", "contacts.street", "companies.email", "companies.phone", "companies.city", "users.username", "users.display_name",
				"user_second_factors.totp_secret");
		assertThat(checked.values()).allSatisfy(count -> assertThat(count).isPositive());
	}

	@Test
	void theRuleFailsOnAPersonalColumnDeclaredClearOrStoredInTheClear() {
		List<FieldDeclaration> withFakes = new ArrayList<>(catalogue.declarations());
		withFakes.add(personal("company", "name", "companies", "name", DataCategory.IDENTITY_NAME, Protection.CLEAR));
		withFakes.add(personal("company", "nameFolded", "companies", "name_folded", DataCategory.IDENTITY_NAME,
				Protection.SEALED));
		assertThat(problems(withFakes)).containsExactly("companies.name is declared personal but stored clear",
				"companies.name_folded holds text, not the vault's ciphertext");

		String waitingCompany = api.post("/api/v1/companies", personas.token(Role.ADMIN),
				"{\"name\":\"Waiting " + UUID.randomUUID() + "\"}").text("id");
		jdbc.sql("insert into company_unsealed_values (company_id, city) values (?, 'Quedlinburg')")
			.param(UUID.fromString(waitingCompany))
			.update();
		try {
			assertThat(problems(catalogue.declarations())).as("clear values the sealing job has not sealed yet")
				.containsExactly("company_unsealed_values.city holds 1 values the sealing job has not sealed");
		}
		finally {
			jdbc.sql("delete from company_unsealed_values where company_id = ?")
				.param(UUID.fromString(waitingCompany))
				.update();
		}

		UUID legacy = UUID.randomUUID();
		jdbc.sql("""
				insert into users (id, username, display_name, names_sealed, role, password_hash, enabled,
				                   failed_attempts, created_at, updated_at, version)
				values (?, ?, ?, false, 'SALES', 'x', false, 0, current_timestamp, current_timestamp, 0)""")
			.params(legacy, written.get(7).getBytes(StandardCharsets.UTF_8), "plain".getBytes(StandardCharsets.UTF_8))
			.update();
		try {
			assertThat(problems(catalogue.declarations())).as("bytes that are not the vault's format").containsExactly(
					"users.display_name holds a value not in the vault's sealed format",
					"users.username holds a value not in the vault's sealed format");
		}
		finally {
			jdbc.sql("delete from users where id = ?").param(legacy).update();
		}
	}

	/** What breaks the rule, one line per column, in column order; empty when every personal column is sealed. */
	private List<String> problems(List<FieldDeclaration> declarations) {
		checked.clear();
		Map<String, String> problems = new TreeMap<>();
		for (FieldDeclaration field : declarations) {
			if (!field.personal()) {
				continue;
			}
			String column = field.qualifiedColumn();
			if (field.protection() == Protection.AWAITING_SEALING) {
				long waiting = jdbc.sql("select count(*) from " + field.table() + " where " + field.column()
						+ " is not null").query(Long.class).single();
				if (waiting > 0) {
					problems.put(column, column + " holds " + waiting + " values the sealing job has not sealed");
				}
				continue;
			}
			if (!field.protection().sealed()) {
				problems.put(column, column + " is declared personal but stored " + field.protection().code());
				continue;
			}
			List<Object> values = jdbc.sql("select " + field.column() + " from " + field.table() + " where "
					+ field.column() + " is not null").query((rs, row) -> rs.getObject(1)).list();
			checked.put(column, values.size());
			String problem = values.stream().map(this::problem).filter(p -> p != null).findFirst().orElse(null);
			if (problem != null) {
				problems.put(column, column + " " + problem);
			}
		}
		return List.copyOf(problems.values());
	}

	private @org.jspecify.annotations.Nullable String problem(Object value) {
		if (!(value instanceof byte[] bytes)) {
			return "holds text, not the vault's ciphertext";
		}
		if (bytes.length < SEALED_OVERHEAD + 1 || bytes[0] != SEALED_FORMAT) {
			return "holds a value not in the vault's sealed format";
		}
		String raw = new String(bytes, StandardCharsets.ISO_8859_1);
		for (String plain : written) {
			if (raw.contains(new String(plain.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) {
				return "holds a value written in plain text";
			}
		}
		return null;
	}
}
