package dev.custodian.transfer.export;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exporting filtered lists as CSV through the API, as a client sees it, on H2 and PostgreSQL alike.
 */
public abstract class ExportApiContract extends ApiContract {

	static String unique() {
		return "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 9);
	}

	String contact(String token, String json) {
		Response created = api.post("/api/v1/contacts", token, json);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	static List<List<String>> rows(Response csv) {
		List<List<String>> rows = new ArrayList<>();
		for (String line : csv.body().substring(1).split("\r\n")) {
			rows.add(cells(line));
		}
		return rows;
	}

	/** Splits one line without line breaks in cells (what the tests write has none). */
	static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

	@Test
	void contactsExportAsCsvWithTheListsFiltersDefusedFormulasAndAuditedWithThePurpose() {
		String sales = personas.token(Role.SALES);
		String tag = unique();
		String ada = contact(sales, ("{\"firstName\":\"Ada\",\"lastName\":\"%s\",\"jobTitle\":\"=HYPERLINK(1)\","
				+ "\"lifecycleStage\":\"customer\",\"source\":\"Fair, Paris\"}").formatted(tag));
		contact(sales, "{\"firstName\":\"Other\",\"lastName\":\"%s\",\"lifecycleStage\":\"lead\"}".formatted(tag));
		String purpose = "Check " + tag;

		Response csv = api.get("/api/v1/contacts/export?q=" + tag + "&lifecycleStage=customer&purpose="
				+ Api.query(purpose), sales);
		assertThat(csv.status()).as(csv.body()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
		assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"contacts-")
			.endsWith(".csv\"");
		assertThat(csv.raw().getContentAsByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<List<String>> rows = rows(csv);
		assertThat(rows.get(0)).startsWith("ID", "First name", "Last name", "Email");
		assertThat(rows).hasSize(2);
		List<String> row = rows.get(1);
		assertThat(row.get(0)).isEqualTo(ada);
		assertThat(row.get(rows.get(0).indexOf("Job title"))).isEqualTo("'=HYPERLINK(1)");
		assertThat(row.get(rows.get(0).indexOf("Source"))).isEqualTo("Fair, Paris");
		assertThat(row.get(rows.get(0).indexOf("Lifecycle stage"))).isEqualTo("customer");
		assertThat(csv.body()).contains("\"Fair, Paris\"");

		List<String> purposes = jdbc.sql("select purpose from audit_events where action = 'EXPORT' "
				+ "and resource_type = 'contact' and subject_ids like ?").param("%" + ada + "%").query(String.class).list();
		assertThat(purposes).containsExactly(purpose);
	}

	@Test
	void everyRowIsExportedOnceAcrossBatchesAndEachBatchIsAudited() {
		String sales = personas.token(Role.SALES);
		String tag = unique();
		Set<String> created = new HashSet<>();
		for (int i = 0; i < 205; i++) {
			created.add(contact(sales, "{\"lastName\":\"%s\",\"email\":\"%s.%d@example.org\"}".formatted(tag, tag, i)));
		}
		String purpose = "Batch " + tag;
		Response csv = api.get("/api/v1/contacts/export?q=" + tag + "&sort=created&purpose=" + Api.query(purpose),
				sales);
		assertThat(csv.status()).isEqualTo(200);
		List<List<String>> rows = rows(csv);
		List<String> ids = rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList();
		assertThat(ids).hasSize(205).doesNotHaveDuplicates();
		assertThat(new HashSet<>(ids)).isEqualTo(created);

		List<String> entries = jdbc.sql("select subject_ids from audit_events where action = 'EXPORT' and purpose = ?")
			.param(purpose).query(String.class).list();
		assertThat(entries).hasSizeGreaterThanOrEqualTo(2);
		Set<String> audited = new HashSet<>();
		entries.forEach(e -> audited.addAll(List.of(e.split(","))));
		assertThat(audited).isEqualTo(created);
	}

	@Test
	void thePurposeIsRequiredAndTheExportPermissionChecked() {
		String sales = personas.token(Role.SALES);
		Response missing = api.get("/api/v1/contacts/export", sales);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.contentType()).contains("problem+json");
		assertThat(missing.body()).contains("purpose");
		Response tooShort = api.get("/api/v1/contacts/export?purpose=ab&lifecycleStage=nope", sales);
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.body()).contains("purpose").contains("lifecycleStage");
		assertThat(api.get("/api/v1/contacts/export?purpose=" + "x".repeat(201), sales).status()).isEqualTo(400);

		assertThat(api.get("/api/v1/contacts/export?purpose=Report", personas.token(Role.READ_ONLY)).status())
			.isEqualTo(403);
		assertThat(api.get("/api/v1/contacts/export?purpose=Report", null).status()).isEqualTo(401);
	}

	@Test
	void restrictedPeopleAreExportedForTheDpoOnly() {
		String sales = personas.token(Role.SALES);
		String dpo = personas.token(Role.DPO);
		String tag = unique();
		String kept = contact(sales, "{\"lastName\":\"%s\"}".formatted(tag));
		String restricted = contact(sales, "{\"lastName\":\"%s\"}".formatted(tag));
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + restricted + "/restriction", dpo, null).status())
			.isLessThan(300);
		String query = "/api/v1/contacts/export?q=" + tag + "&purpose=Review";
		assertThat(api.get(query, sales).body()).contains(kept).doesNotContain(restricted);
		assertThat(api.get(query, dpo).body()).contains(kept).contains(restricted);
	}

	@Test
	void specialCategoryFieldsAreExportedOnlyToRolesGrantedThem() {
		String admin = personas.token(Role.ADMIN);
		String tag = unique();
		Response field = api.post("/api/v1/custom-fields", admin, """
				{"recordType":"contact","key":"diet%s","label":"Diet %s","type":"text","personal":true,
				 "category":"special.health","specialCategoryCondition":"explicit-consent"}""".formatted(tag, tag));
		assertThat(field.status()).as(field.body()).isEqualTo(201);
		api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SUPPORT", admin, "{\"categories\":[\"special.health\"]}");
		try {
			String support = personas.token(Role.SUPPORT);
			contact(support, "{\"lastName\":\"%s\",\"customFields\":{\"diet%s\":\"gluten-free\"}}".formatted(tag, tag));
			String query = "/api/v1/contacts/export?q=" + tag + "&purpose=Catering";
			Response granted = api.get(query, support);
			assertThat(granted.body()).contains("Diet " + tag).contains("gluten-free");
			Response withheld = api.get(query, personas.token(Role.MARKETING));
			assertThat(withheld.status()).isEqualTo(200);
			assertThat(withheld.body()).contains(tag).doesNotContain("Diet " + tag).doesNotContain("gluten-free");
		}
		finally {
			api.send(HttpMethod.PUT, "/api/v1/special-category-grants/SUPPORT", admin, "{\"categories\":[]}");
		}
	}

	@Test
	void companiesDealsAndTicketsExportWithTheirListsFilters() {
		String admin = personas.token(Role.ADMIN);
		String sales = personas.token(Role.SALES);
		String tag = unique();
		Response company = api.post("/api/v1/companies", sales, "{\"name\":\"Acme %s\",\"industry\":\"@tools\"}"
			.formatted(tag));
		assertThat(company.status()).as(company.body()).isEqualTo(201);
		Response companies = api.get("/api/v1/companies/export?q=Acme%20" + tag + "&purpose=Accounts", sales);
		assertThat(companies.status()).as(companies.body()).isEqualTo(200);
		assertThat(companies.header("Content-Disposition")).contains("companies-");
		List<List<String>> companyRows = rows(companies);
		assertThat(companyRows).hasSize(2);
		assertThat(companyRows.get(1)).contains(company.text("id"), "Acme " + tag, "'@tools");
		assertThat(api.get("/api/v1/companies/export?soleTrader=maybe&purpose=Accounts", sales).body())
			.contains("soleTrader");

		Response pipeline = api.post("/api/v1/pipelines", admin, "{\"name\":\"Export %s\",\"stages\":["
				.formatted(tag) + "{\"name\":\"Lead\",\"probability\":10},{\"name\":\"Won\",\"probability\":100}]}");
		assertThat(pipeline.status()).as(pipeline.body()).isEqualTo(201);
		String pipelineId = pipeline.text("id");
		String stageId = pipeline.json().get("stages").get(0).get("id").asString();
		String person = contact(sales, "{\"lastName\":\"%s\"}".formatted(tag));
		Response deal = api.post("/api/v1/deals", sales, ("{\"name\":\"Big %s\",\"amount\":\"1000.50\",\"currency\":"
				+ "\"EUR\",\"pipelineId\":\"%s\",\"stageId\":\"%s\",\"expectedCloseDate\":\"2027-01-15\","
				+ "\"contactIds\":[\"%s\"]}").formatted(tag, pipelineId, stageId, person));
		assertThat(deal.status()).as(deal.body()).isEqualTo(201);
		Response deals = api.get("/api/v1/deals/export?pipelineId=" + pipelineId + "&purpose=Forecast", sales);
		assertThat(deals.status()).as(deals.body()).isEqualTo(200);
		List<List<String>> dealRows = rows(deals);
		assertThat(dealRows).hasSize(2);
		assertThat(dealRows.get(1)).contains(deal.text("id"), "1000.50", "2027-01-15", person);
		assertThat(jdbc.sql("select count(*) from audit_events where action = 'EXPORT' and resource_type = 'deal' "
				+ "and purpose = 'Forecast' and subject_ids like ?").param("%" + person + "%").query(Long.class).single())
			.isEqualTo(1);
		assertThat(api.get("/api/v1/deals/export?purpose=Forecast", personas.token(Role.SUPPORT)).status())
			.as("support works on tickets, not deals").isEqualTo(403);

		String support = personas.token(Role.SUPPORT);
		Response ticket = api.post("/api/v1/tickets", support, ("{\"subject\":\"Broken %s\",\"priority\":\"high\","
				+ "\"channel\":\"email\",\"requesterId\":\"%s\",\"tags\":[\"a\",\"b\"]}").formatted(tag, person));
		assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);
		Response tickets = api.get("/api/v1/tickets/export?requesterId=" + person + "&purpose=Service", support);
		assertThat(tickets.status()).as(tickets.body()).isEqualTo(200);
		List<List<String>> ticketRows = rows(tickets);
		assertThat(ticketRows).hasSize(2);
		assertThat(ticketRows.get(1)).contains(ticket.text("id"), "Broken " + tag, "high", "a; b");
		assertThat(api.get("/api/v1/tickets/export?status=nope&purpose=Service", support).status()).isEqualTo(400);
	}

	@Autowired
	ExportCleanup cleanup;

	@Autowired
	ExportFiles files;

	@Test
	void largeExportsRunInTheBackgroundForTheirOwnerUntilTheyExpire() throws InterruptedException {
		String sales = personas.token(Role.SALES);
		String tag = unique();
		Set<String> created = new HashSet<>();
		for (int i = 0; i < 260; i++) {
			created.add(contact(sales, "{\"lastName\":\"%s\",\"jobTitle\":\"-%d\"}".formatted(tag, i)));
		}
		Response accepted = api.get("/api/v1/contacts/export?q=" + tag + "&purpose=Big%20one", sales);
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
		String id = accepted.text("id");
		assertThat(accepted.header("Location")).isEqualTo("/api/v1/exports/" + id);
		assertThat(accepted.json().get("rowsTotal").asLong()).isEqualTo(260);
		assertThat(accepted.text("status")).isIn("queued", "running");

		Response job = api.get("/api/v1/exports/" + id, sales);
		for (int wait = 0; wait < 300 && !job.text("status").equals("completed"); wait++) {
			assertThat(job.text("status")).isIn("queued", "running");
			Thread.sleep(100);
			job = api.get("/api/v1/exports/" + id, sales);
		}
		assertThat(job.text("status")).isEqualTo("completed");
		assertThat(job.json().get("rowsDone").asLong()).isEqualTo(260);
		assertThat(job.text("downloadUrl")).isEqualTo("/api/v1/exports/" + id + "/download");

		assertThat(api.get("/api/v1/exports/" + id, personas.token(Role.MARKETING)).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/exports/" + id + "/download", personas.token(Role.MARKETING)).status())
			.isEqualTo(404);
		Response csv = api.get("/api/v1/exports/" + id + "/download", sales);
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.raw().getContentAsByteArray()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		List<List<String>> rows = rows(csv);
		assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList()).hasSize(260)
			.doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
		assertThat(rows.get(1).get(rows.get(0).indexOf("Job title"))).startsWith("'-");
		assertThat(api.get("/api/v1/exports/" + id + "/download", personas.token(Role.ADMIN)).status()).isEqualTo(200);
		assertThat(jdbc.sql("select count(*) from audit_events where action = 'EXPORT' and purpose = 'Big one' "
				+ "and actor_id = ?").param(personas.user(Role.SALES).id().toString()).query(Long.class).single())
			.as("audited as the user who asked, batch by batch").isGreaterThanOrEqualTo(2);

		UUID resultFile = jdbc.sql("select result_file from export_jobs where id = ?").param(UUID.fromString(id))
			.query(UUID.class).single();
		assertThat(Files.exists(files.path(resultFile))).isTrue();
		jdbc.sql("update export_jobs set expires_at = ? where id = ?")
			.params(java.time.OffsetDateTime.now().minusMinutes(1), UUID.fromString(id)).update();
		cleanup.sweep();
		assertThat(Files.exists(files.path(resultFile))).as("the file is destroyed").isFalse();
		assertThat(api.get("/api/v1/exports/" + id + "/download", sales).status()).isEqualTo(410);
		assertThat(api.get("/api/v1/exports/" + id, sales).text("status")).isEqualTo("expired");
	}
}
