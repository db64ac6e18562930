package dev.custodian.transfer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSV imports through the API, as stored on H2 and PostgreSQL: detection, mapping, the dry run's counts and
 * row errors, the run's accounting of every row, deduplication, updates of mapped fields only, companies found or
 * created, origin and audit, refusals, and the error report.
 */
public abstract class ImportContract extends ApiContract {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	String sales;

	String tag;

	@BeforeEach
	void setUp() {
		sales = personas.token(Role.SALES);
		tag = "imp" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A HubSpot-style export: BOM, a quoted city with a line break and a comma, five bad rows among good ones. */
	private byte[] hubspot() {
		String csv = "First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage,City,Country/Region\r\n"
				+ "Ada,Lovelace," + tag + "ada@example.org,+44 20 7946 0958,Analytical " + tag + ",Lead,London,United Kingdom\r\n"
				+ "Grace,Hopper," + tag + "grace@example.org,,Analytical " + tag + ",Customer,\"New York,\nNY\",USA\r\n"
				+ "Alan,Turing," + tag + "alan@example.org,+44 20 7946 0001,,Marketing Qualified Lead,,GB\r\n"
				+ "Bad,Email,not-an-email,,,Lead,,DE\r\n"
				+ "Bad,Phone," + tag + "phone@example.org,12,,,,\r\n"
				+ "Bad,Country," + tag + "country@example.org,,,,,Atlantis\r\n"
				+ "Bad,Stage," + tag + "stage@example.org,,,Hot prospect,,\r\n"
				+ ",,,,,,Paris,FR\r\n"
				+ "Ada,Again," + tag + "ADA@example.org,,,,,\r\n";
		return concat(BOM, csv.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void importsAHubSpotExportAccountingForEveryRow() {
		Response upload = api.upload("/api/v1/imports", sales, "hubspot.csv", hubspot());
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		assertThat(upload.header("Location")).isEqualTo("/api/v1/imports/" + upload.text("id"));
		assertThat(upload.text("status")).isEqualTo("analysing");
		assertThat(upload.text("charset")).isEqualTo("UTF-8");
		assertThat(upload.text("delimiter")).isEqualTo("comma");
		assertThat(fields(upload.json())).containsExactly("firstName", "lastName", "email", "phone", "companyName",
				"lifecycleStage", "city", "country");
		String id = upload.text("id");

		JsonNode ready = waitFor(id, "ready");
		JsonNode dry = ready.get("dryRun");
		assertThat(dry.get("rows").asLong()).isEqualTo(9);
		assertThat(dry.get("rejected").asLong()).isEqualTo(5);
		assertThat(dry.get("fresh").asLong()).isEqualTo(3);
		assertThat(dry.get("existing").asLong()).as("the repeated email, whatever its case").isEqualTo(1);
		assertThat(ready.get("rowsTotal").asLong()).isEqualTo(9);
		List<String> errors = new ArrayList<>();
		ready.get("firstErrors").forEach(e -> errors.add(e.get("line").asLong() + " " + e.get("column").asString()));
		assertThat(errors).containsExactly("6 Email", "7 Phone Number", "8 Country/Region", "9 Lifecycle Stage",
				"10 First Name, Last Name");
		assertThat(ready.toString()).doesNotContain("not-an-email").doesNotContain("Atlantis");
		assertThat(count()).isZero();

		Response started = api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"skip\"}");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode done = waitFor(id, "completed");
		assertThat(done.get("created").asLong()).isEqualTo(3);
		assertThat(done.get("skipped").asLong()).isEqualTo(1);
		assertThat(done.get("updated").asLong()).isZero();
		assertThat(done.get("errors").asLong()).isEqualTo(5);
		assertThat(done.get("created").asLong() + done.get("updated").asLong() + done.get("skipped").asLong()
				+ done.get("errors").asLong()).isEqualTo(done.get("rowsTotal").asLong());
		assertThat(done.get("rowsDone").asLong()).isEqualTo(9);

		JsonNode ada = only("/api/v1/contacts?q=" + tag + "ada@example.org");
		assertThat(ada.get("lastName").asString()).isEqualTo("Lovelace");
		assertThat(ada.get("phone").asString()).isEqualTo("+442079460958");
		assertThat(ada.get("address").get("country").asString()).isEqualTo("GB");
		JsonNode grace = only("/api/v1/contacts?q=" + tag + "grace@example.org");
		assertThat(grace.get("address").get("city").asString()).isEqualTo("New York,\nNY");
		assertThat(grace.get("lifecycleStage").asString()).isEqualTo("customer");
		assertThat(grace.get("companyId").asString()).as("one company for both").isEqualTo(ada.get("companyId").asString());
		assertThat(only("/api/v1/contacts?q=" + tag + "alan@example.org").get("lifecycleStage").asString())
			.isEqualTo("marketing-qualified");
		UUID adaId = UUID.fromString(ada.get("id").asString());
		assertThat(jdbc.sql("select origin from contacts where id = ?").param(adaId).query(String.class).single())
			.isEqualTo("import:" + id);
		assertThat(jdbc.sql("select origin from companies where id = ?")
			.param(UUID.fromString(ada.get("companyId").asString())).query(String.class).single())
			.isEqualTo("import:" + id);
		assertThat(jdbc.sql("select count(*) from audit_event_subjects s join audit_events e on e.id = s.event_id "
				+ "where e.resource_type = 'contact-import' and e.resource_id = ? and s.subject_id = ?")
			.params(id, adaId).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from vault.data_keys where subject_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).as("the file's key is destroyed with the job").isZero();
	}

	@Test
	void theSameFileTwiceWithSkipCreatesNoDuplicate() {
		String first = api.upload("/api/v1/imports", sales, "hubspot.csv", hubspot()).text("id");
		waitFor(first, "ready");
		api.post("/api/v1/imports/" + first + "/start", sales, "{\"duplicates\": \"skip\"}");
		waitFor(first, "completed");
		long contacts = count();

		String second = api.upload("/api/v1/imports", sales, "hubspot.csv", hubspot()).text("id");
		JsonNode dry = waitFor(second, "ready").get("dryRun");
		assertThat(dry.get("fresh").asLong()).isZero();
		assertThat(dry.get("existing").asLong()).isEqualTo(4);
		api.post("/api/v1/imports/" + second + "/start", sales, "{\"duplicates\": \"skip\"}");
		JsonNode done = waitFor(second, "completed");
		assertThat(done.get("created").asLong()).isZero();
		assertThat(done.get("skipped").asLong()).isEqualTo(4);
		assertThat(count()).isEqualTo(contacts);
	}

	@Test
	void updateChangesOnlyTheMappedFieldsAndKeepsWhatEmptyCellsLeaveOut() {
		Response created = api.post("/api/v1/contacts", sales, "{\"firstName\": \"Keep\", \"lastName\": \"Me\", "
				+ "\"email\": \"" + tag + "keep@example.org\", \"jobTitle\": \"Engineer\", \"address\": {\"city\": \"Bonn\"}}");
		assertThat(created.status()).isEqualTo(201);
		String csv = "E-Mail;Stadt;Vorname\n" + tag + "keep@example.org;Köln;\n" + tag + "new@example.org;Berlin;Neu\n";
		Response upload = api.upload("/api/v1/imports", sales, "de.csv", csv.getBytes(StandardCharsets.UTF_8));
		assertThat(upload.text("delimiter")).isEqualTo("semicolon");
		String id = upload.text("id");
		assertThat(waitFor(id, "ready").get("dryRun").get("existing").asLong()).isEqualTo(1);
		api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"update\"}");
		JsonNode done = waitFor(id, "completed");
		assertThat(done.get("updated").asLong()).isEqualTo(1);
		assertThat(done.get("created").asLong()).isEqualTo(1);
		JsonNode kept = api.get("/api/v1/contacts/" + created.text("id"), sales).json();
		assertThat(kept.get("address").get("city").asString()).isEqualTo("Köln");
		assertThat(kept.get("firstName").asString()).as("an empty cell keeps the stored value").isEqualTo("Keep");
		assertThat(kept.get("jobTitle").asString()).as("not mapped").isEqualTo("Engineer");
	}

	@Test
	void windows1252AndTabsAreDetected() {
		byte[] csv = ("Vorname\tNachname\tE-Mail\nJosé\tMüller\t" + tag + "jose@example.org\n")
			.getBytes(Charset.forName("windows-1252"));
		Response upload = api.upload("/api/v1/imports", sales, "old.csv", csv);
		assertThat(upload.text("charset")).isEqualTo("windows-1252");
		assertThat(upload.text("delimiter")).isEqualTo("tab");
		String id = upload.text("id");
		waitFor(id, "ready");
		api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"skip\"}");
		waitFor(id, "completed");
		JsonNode jose = only("/api/v1/contacts?q=" + tag + "jose@example.org");
		assertThat(jose.get("firstName").asString()).isEqualTo("José");
		assertThat(jose.get("lastName").asString()).isEqualTo("Müller");
	}

	@Test
	void filesThatAreNotCsvAreRefusedAtOnce() {
		assertRefused(new byte[0], "empty");
		assertRefused(concat(new byte[] { 'P', 'K', 3, 4 }, "\0\0[Content_Types].xml xl/workbook.xml"
			.getBytes(StandardCharsets.US_ASCII)), "Excel workbook");
		assertRefused(("ada@example.org,Ada\ngrace@example.org,Grace\n").getBytes(StandardCharsets.UTF_8), "header");
		Response noFile = api.upload("/api/v1/imports", sales, "x.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8),
				"recordType", "deal-ish");
		assertThat(noFile.status()).isEqualTo(400);
		assertThat(noFile.body()).contains("recordType");
		assertThat(api.upload("/api/v1/imports", personas.token(Role.READ_ONLY), "x.csv",
				"Email\nx@example.org\n".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(403);
	}

	private void assertRefused(byte[] content, String says) {
		Response refused = api.upload("/api/v1/imports", sales, "x.csv", content);
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"file\"").containsIgnoringCase(says);
	}

	@Test
	void theMappingCanChangeAndIsChecked() {
		String csv = "Mail,Nom\n" + tag + "m@example.org,Curie\n";
		Response upload = api.upload("/api/v1/imports", sales, "fr.csv", csv.getBytes(StandardCharsets.UTF_8));
		String id = upload.text("id");
		JsonNode ready = waitFor(id, "ready");
		assertThat(ready.get("mappingProblems").size()).as(ready.toString()).isEqualTo(0);
		Response bad = api.send(org.springframework.http.HttpMethod.PUT, "/api/v1/imports/" + id + "/mapping", sales,
				"{\"mapping\": [{\"column\": \"Mail\", \"field\": \"shoeSize\"}, {\"index\": 9, \"field\": null}], "
						+ "\"colour\": 1}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("mapping[0].field").contains("mapping[1].index").contains("colour");
		Response remapped = api.send(org.springframework.http.HttpMethod.PUT, "/api/v1/imports/" + id + "/mapping",
				sales, "{\"mapping\": [{\"column\": \"Nom\", \"field\": \"lastName\"}], \"matchPhone\": true}");
		assertThat(remapped.status()).as(remapped.body()).isEqualTo(200);
		assertThat(remapped.text("status")).isEqualTo("analysing");
		assertThat(remapped.json().get("matchPhone").asBoolean()).isTrue();
		assertThat(fields(remapped.json())).containsExactly("email", "lastName");
		Response early = api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"skip\"}");
		if (early.status() != 202) {
			assertThat(early.status()).isEqualTo(409);
		}
		else {
			waitFor(id, "completed");
		}
		Response wrong = api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"merge\"}");
		assertThat(wrong.status()).isIn(400, 409);
	}

	@Test
	void cancellingBeforeTheStartEndsTheImportAndDestroysTheFile() {
		String id = api.upload("/api/v1/imports", sales, "c.csv",
				("Email\n" + tag + "c@example.org\n").getBytes(StandardCharsets.UTF_8)).text("id");
		Response cancelled = api.post("/api/v1/imports/" + id + "/cancel", sales, null);
		assertThat(cancelled.status()).isEqualTo(200);
		assertThat(cancelled.text("status")).isEqualTo("cancelled");
		assertThat(jdbc.sql("select count(*) from vault.data_keys where subject_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isZero();
		assertThat(api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"skip\"}").status())
			.isEqualTo(409);
		assertThat(api.get("/api/v1/imports/" + id, personas.token(Role.MARKETING)).status())
			.as("another user's import is not shown").isEqualTo(404);
	}

	@Test
	void theErrorReportListsLinesColumnsAndMessagesButNoValues() {
		String id = api.upload("/api/v1/imports", sales, "hubspot.csv", hubspot()).text("id");
		waitFor(id, "ready");
		Response report = api.download("/api/v1/imports/" + id + "/errors", sales);
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.contentType()).startsWith("text/csv");
		String body = report.body();
		assertThat(body).startsWith("\uFEFFline,column,message");
		assertThat(body).contains("6,Email,must be an email address").contains("8,Country/Region,\"is not a country");
		assertThat(body).doesNotContain("not-an-email").doesNotContain("Atlantis");
	}

	@Test
	void companiesImportMatchingByDomainThenName() {
		String csv = "Company Name,Company Domain Name,Number of Employees,Country\n"
				+ "Acme " + tag + "," + tag + ".example.com,42,Germany\n"
				+ "Acme " + tag + " GmbH," + tag + ".example.com,,\n"
				+ "Initech " + tag + ",,1 200,\n"
				+ "initech " + tag + ",,,\n";
		Response upload = api.upload("/api/v1/imports", sales, "companies.csv", csv.getBytes(StandardCharsets.UTF_8),
				"recordType", "company");
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		assertThat(fields(upload.json())).containsExactly("name", "domain", "sizeBand", "country");
		String id = upload.text("id");
		JsonNode dry = waitFor(id, "ready").get("dryRun");
		assertThat(dry.get("fresh").asLong()).isEqualTo(2);
		assertThat(dry.get("existing").asLong()).isEqualTo(2);
		api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"skip\"}");
		JsonNode done = waitFor(id, "completed");
		assertThat(done.get("created").asLong()).isEqualTo(2);
		assertThat(done.get("skipped").asLong()).isEqualTo(2);
		JsonNode acme = api.get("/api/v1/companies?q=acme%20" + tag, sales).json().get("items");
		assertThat(acme.size()).isEqualTo(1);
		assertThat(acme.get(0).get("sizeBand").asString()).isEqualTo("11-50");
		assertThat(acme.get(0).get("address").get("country").asString()).isEqualTo("DE");
	}

	/**
	 * A Pipedrive/HubSpot-style deal export: amounts as spreadsheets write them, stages by name, dates ISO, German and
	 * US, a company to find and one to create, a contact by email; three bad rows among them.
	 */
	private byte[] deals() {
		String csv = "Deal Name,Amount,Deal Stage,Close Date,Company Name,Contact Email\r\n"
				+ "Fleet " + tag + ",\"1,234.56\",Qualified,2026-05-01,Acme " + tag + "," + tag + "buyer@example.org\r\n"
				+ "Renewal " + tag + ",\"1.234,56\",proposal,01.05.2026,,\r\n"
				+ "Pilot " + tag + ",€ 1 200,WON,5/1/2026,Existing " + tag + ",\r\n"
				+ "Hot " + tag + ",100,Hot prospect,2026-05-01,,\r\n"
				+ "Lots " + tag + ",lots,Lead,2026-05-01,,\r\n"
				+ "Ghost " + tag + ",100,Lead,2026-05-01,," + tag + "nobody@example.org\r\n";
		return csv.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void importsDealsInTheirStagesWithCompaniesAndContacts() {
		String buyer = api.post("/api/v1/contacts", sales, "{\"firstName\": \"Bea\", \"lastName\": \"Buyer\", "
				+ "\"email\": \"" + tag + "buyer@example.org\"}").text("id");
		String existing = api.post("/api/v1/companies", sales, "{\"name\": \"Existing " + tag + "\"}").text("id");
		Response upload = api.upload("/api/v1/imports", sales, "deals.csv", deals(), "recordType", "deal");
		assertThat(upload.status()).as(upload.body()).isEqualTo(201);
		assertThat(upload.text("recordType")).isEqualTo("deal");
		assertThat(fields(upload.json())).containsExactly("name", "amount", "stage", "expectedClose", "companyName",
				"contactEmail");
		String id = upload.text("id");
		JsonNode ready = waitFor(id, "ready");
		JsonNode dry = ready.get("dryRun");
		assertThat(dry.get("rows").asLong()).isEqualTo(6);
		assertThat(dry.get("rejected").asLong()).isEqualTo(3);
		assertThat(dry.get("fresh").asLong()).isEqualTo(3);
		assertThat(dry.get("existing").asLong()).isZero();
		List<String> errors = new ArrayList<>();
		ready.get("firstErrors").forEach(e -> errors.add(e.get("line").asLong() + " " + e.get("column").asString()));
		assertThat(errors).containsExactly("5 Deal Stage", "6 Amount", "7 Contact Email");
		assertThat(ready.toString()).doesNotContain("nobody@example.org").doesNotContain("Hot prospect");
		assertThat(dealCount()).isZero();

		Response started = api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"skip\"}");
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		JsonNode done = waitFor(id, "completed");
		assertThat(done.get("created").asLong()).isEqualTo(3);
		assertThat(done.get("errors").asLong()).isEqualTo(3);
		assertThat(done.get("created").asLong() + done.get("updated").asLong() + done.get("skipped").asLong()
				+ done.get("errors").asLong()).isEqualTo(done.get("rowsTotal").asLong()).isEqualTo(6);

		assertThat(deal("Fleet ")).containsExactly("1234.56", "Qualified", "open", "2026-05-01", "import:" + id);
		assertThat(deal("Renewal ")).containsExactly("1234.56", "Proposal", "open", "2026-05-01", "import:" + id);
		assertThat(deal("Pilot ")).containsExactly("1200.00", "Won", "won", "2026-05-01", "import:" + id);
		assertThat(companyOf("Pilot ")).isEqualTo(existing);
		assertThat(companyOf("Renewal ")).isNull();
		assertThat(jdbc.sql("select name, origin from companies where id = ?").param(UUID.fromString(companyOf("Fleet ")))
			.query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single()).isEqualTo("Acme " + tag + " import:" + id);
		UUID fleet = jdbc.sql("select id from deals where name = ?").param("Fleet " + tag).query(UUID.class).single();
		assertThat(jdbc.sql("select subject_id, role from deal_contacts where deal_id = ?").param(fleet)
			.query((rs, n) -> rs.getObject(1, UUID.class) + " " + rs.getString(2)).list())
			.containsExactly(buyer + " other");
		assertThat(jdbc.sql("select count(*) from audit_event_subjects s join audit_events e on e.id = s.event_id "
				+ "where e.resource_type = 'deal-import' and e.resource_id = ? and s.subject_id = ?")
			.params(id, UUID.fromString(buyer)).query(Long.class).single()).isEqualTo(1);

		String again = api.upload("/api/v1/imports", sales, "deals.csv", deals(), "recordType", "deal").text("id");
		JsonNode second = waitFor(again, "ready").get("dryRun");
		assertThat(second.get("existing").asLong()).isEqualTo(3);
		assertThat(second.get("fresh").asLong()).isZero();
		assertThat(second.get("ifCreate").get("created").asLong()).as("nothing about a deal is unique").isEqualTo(3);
		assertThat(second.get("ifSkip").get("skipped").asLong()).isEqualTo(3);
		api.post("/api/v1/imports/" + again + "/start", sales, "{\"duplicates\": \"skip\"}");
		JsonNode skipped = waitFor(again, "completed");
		assertThat(skipped.get("skipped").asLong()).isEqualTo(3);
		assertThat(skipped.get("created").asLong()).isZero();
		assertThat(dealCount()).as("no duplicate deal").isEqualTo(3);
	}

	@Test
	void dealUpdatesChangeOnlyTheMappedFields() {
		JsonNode pipeline = api.get("/api/v1/pipelines", sales).json().get("items").get(0);
		Response created = newDeal("Keep ", pipeline, "Lead");
		Response stays = newDeal("Stay ", pipeline, "Qualified");
		String csv = "Deal Name;Deal Stage;Amount;Company Name\nKEEP " + tag + ";Negotiation;;\nNew " + tag + ";Lead;;\n"
				+ "Keep " + tag + ";Lead;;Newco " + tag + "\nStay " + tag + ";;;\n";
		String id = api.upload("/api/v1/imports", sales, "update.csv", csv.getBytes(StandardCharsets.UTF_8),
				"recordType", "deal").text("id");
		JsonNode ready = waitFor(id, "ready");
		assertThat(ready.get("dryRun").get("existing").asLong()).as("matched by name, case ignored").isEqualTo(2);
		assertThat(ready.get("dryRun").get("rejected").asLong())
			.as("a new deal, at a company still to be made too, needs an amount and a date").isEqualTo(2);
		api.post("/api/v1/imports/" + id + "/start", sales, "{\"duplicates\": \"update\"}");
		JsonNode done = waitFor(id, "completed");
		assertThat(done.get("updated").asLong()).isEqualTo(2);
		assertThat(done.get("errors").asLong()).isEqualTo(2);
		assertThat(api.get("/api/v1/deals/" + stays.text("id"), sales).json().get("stageId").asString())
			.as("an empty stage cell keeps the stored stage").isEqualTo(stays.text("stageId"));
		assertThat(jdbc.sql("select count(*) from companies where name = ?").param("Newco " + tag).query(Long.class)
			.single()).as("no company for a row not stored").isZero();
		JsonNode kept = api.get("/api/v1/deals/" + created.text("id"), sales).json();
		assertThat(jdbc.sql("select name from pipeline_stages where id = ?")
			.param(UUID.fromString(kept.get("stageId").asString())).query(String.class).single()).isEqualTo("Negotiation");
		assertThat(kept.get("amount").asString()).as("an empty cell keeps the stored value").isEqualTo("500.00");
		assertThat(kept.get("expectedCloseDate").asString()).as("not mapped").isEqualTo("2026-01-31");
		assertThat(dealCount()).isEqualTo(2);
	}

	private Response newDeal(String name, JsonNode pipeline, String stageName) {
		String stage = null;
		for (JsonNode one : pipeline.get("stages")) {
			stage = stage == null && one.get("name").asString().equals(stageName) ? one.get("id").asString() : stage;
		}
		Response created = api.post("/api/v1/deals", sales, "{\"name\": \"" + name + tag + "\", \"amount\": \"500\", "
				+ "\"currency\": \"EUR\", \"pipelineId\": \"" + pipeline.get("id").asString() + "\", \"stageId\": \""
				+ stage + "\", \"expectedCloseDate\": \"2026-01-31\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created;
	}

	/** The deals of this test: their names end with its tag. */
	private long dealCount() {
		return jdbc.sql("select count(*) from deals where name like ?").param("% " + tag).query(Long.class).single();
	}

	/** Amount, stage, status, expected close and origin of the test's deal whose name starts so. */
	private List<String> deal(String name) {
		return jdbc.sql("select d.amount, s.name, d.status, d.expected_close_date, d.origin from deals d "
				+ "join pipeline_stages s on s.id = d.stage_id where d.name = ?").param(name + tag)
			.query((rs, n) -> List.of(rs.getBigDecimal(1).setScale(2).toPlainString(), rs.getString(2), rs.getString(3),
					rs.getObject(4, java.time.LocalDate.class).toString(), rs.getString(5)))
			.single();
	}

	private String companyOf(String name) {
		return jdbc.sql("select company_id from deals where name = ?").param(name + tag)
			.query((rs, n) -> rs.getString(1)).list().get(0);
	}

	/** The contacts of this test: their emails start with its tag. */
	private long count() {
		return api.get("/api/v1/contacts?q=" + tag + "&limit=200", sales).json().get("items").size();
	}

	private JsonNode only(String uri) {
		JsonNode items = api.get(uri, sales).json().get("items");
		assertThat(items.size()).as(uri).isEqualTo(1);
		return items.get(0);
	}

	private static List<String> fields(JsonNode job) {
		List<String> fields = new ArrayList<>();
		job.get("mapping").forEach(c -> {
			if (!c.get("field").isNull()) {
				fields.add(c.get("field").asString());
			}
		});
		return fields;
	}

	JsonNode waitFor(String id, String status) {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		JsonNode job;
		do {
			job = api.get("/api/v1/imports/" + id, sales).json();
			if (job.get("status").asString().equals(status)) {
				return job;
			}
			assertThat(job.get("status").asString()).as(job.toString()).isNotIn(Set.of("failed", "cancelled")
				.stream().filter(s -> !s.equals(status)).toList());
			sleep(100);
		}
		while (Instant.now().isBefore(until));
		throw new AssertionError("import " + id + " did not reach " + status + ": " + job);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	static byte[] concat(byte[] a, byte[] b) {
		byte[] all = new byte[a.length + b.length];
		System.arraycopy(a, 0, all, 0, a.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}
}
