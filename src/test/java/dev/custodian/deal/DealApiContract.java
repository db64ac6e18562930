package dev.custodian.deal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deals through the API, on H2 and PostgreSQL: created, read with their ETag, listed with filters, sorts and keyset
 * pages, changed only with a current If-Match, moved between stages (the stage deciding won or lost, a lost deal
 * needing its reason) with every move in the stage history, deleted; the forecast keeps currencies apart; lost
 * reasons are kept by administrators. Every test works in a pipeline of its own, removed after it.
 */
public abstract class DealApiContract extends DealApiContractSupport {

	@Test
	void aDealIsCreatedReadChangedWithItsETagAndDeleted() {
		JsonNode p = pipeline();
		String contact = contact(sales);
		String company = api.post("/api/v1/companies", sales, "{\"name\":\"Deal Co " + UUID.randomUUID() + "\"}")
			.text("id");
		Response created = create(sales, p, 1, "12500.5", "EUR", "2026-12-31", ",\"companyId\":\"" + company
				+ "\",\"contacts\":[{\"contactId\":\"" + contact + "\",\"role\":\"decision-maker\"}]");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String uri = "/api/v1/deals/" + created.text("id");
		assertThat(created.header("Location")).endsWith(uri);
		assertThat(created.header("ETag")).isEqualTo("\"0\"");
		assertThat(created.text("amount")).isEqualTo("12500.50");
		assertThat(created.text("status")).isEqualTo("open");
		assertThat(created.text("ownerId")).as("the caller owns it").isEqualTo(personas.user(Role.SALES).id().toString());
		assertThat(created.json().get("contactIds").get(0).asString()).isEqualTo(contact);
		assertThat(created.json().get("contacts").get(0).get("role").asString()).isEqualTo("decision-maker");

		Response read = api.get(uri, readOnly);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.header("ETag")).isEqualTo("\"0\"");
		assertThat(read.text("companyId")).isEqualTo(company);
		assertThat(jdbc.sql("select count(*) from audit_events where resource_type = 'deal' and action = 'READ'")
			.query(Long.class).single()).as("reads naming people are audited").isPositive();

		assertThat(api.send(HttpMethod.PATCH, uri, sales, "{\"amount\":\"1.00\"}").status()).isEqualTo(428);
		assertThat(send(HttpMethod.PATCH, uri, "{\"amount\":\"1.00\"}", "\"7\"").status()).isEqualTo(412);
		Response patched = send(HttpMethod.PATCH, uri, "{\"amount\":\"99.99\",\"contactIds\":[]}", "\"0\"");
		assertThat(patched.status()).as(patched.body()).isEqualTo(200);
		assertThat(patched.header("ETag")).isEqualTo("\"1\"");
		assertThat(patched.text("amount")).isEqualTo("99.99");
		assertThat(patched.json().get("contacts")).isEmpty();
		assertThat(patched.text("name")).as("left out, kept").isEqualTo("Deal 12500.5");

		Response replaced = send(HttpMethod.PUT, uri, "{\"name\":\"Replaced\",\"amount\":\"5\",\"currency\":\"USD\","
				+ "\"pipelineId\":\"" + p.get("id").asString() + "\",\"stageId\":\"" + stage(p, 0)
				+ "\",\"expectedCloseDate\":\"2027-01-15\"}", "\"1\"");
		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(replaced.text("currency")).isEqualTo("USD");
		assertThat(replaced.json().get("companyId").isNull()).as("left out of a replacement: cleared").isTrue();

		assertThat(api.delete(uri, readOnly).status()).as("read-only users may not delete deals").isEqualTo(403);
		assertThat(api.delete(uri, admin).status()).isEqualTo(204);
		assertThat(api.get(uri, sales).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/deals/not-a-deal", sales).status()).isEqualTo(404);
		assertThat(create(readOnly, p, 0, "1", "EUR", "2026-12-31", "").status()).isEqualTo(403);
	}

	@Test
	void badInputNamesEveryFieldAtOnce() {
		JsonNode p = pipeline();
		JsonNode other = pipeline();
		Response bad = api.post("/api/v1/deals", sales, "{\"name\":\"\",\"amount\":12.5,\"currency\":\"EURO\","
				+ "\"pipelineId\":\"" + p.get("id").asString() + "\",\"stageId\":\"" + stage(other, 0)
				+ "\",\"expectedCloseDate\":\"31.12.2026\",\"ownerId\":\"" + UUID.randomUUID()
				+ "\",\"contactIds\":[\"" + UUID.randomUUID() + "\"],\"colour\":\"red\"}");
		assertThat(bad.status()).isEqualTo(400);
		List<String> fields = new ArrayList<>();
		bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
		assertThat(fields).contains("name", "amount", "currency", "stageId", "expectedCloseDate", "ownerId",
				"contacts[0].contactId", "colour");
		Response precise = create(sales, p, 0, "1.005", "EUR", "2026-12-31", "");
		assertThat(precise.status()).isEqualTo(400);
		assertThat(precise.body()).contains("at most 2 digits after the decimal point");
	}

	@Test
	void theStageDecidesWonAndLostAndEveryMoveIsInTheHistory() {
		JsonNode p = pipeline();
		Response created = create(sales, p, 0, "1000", "EUR", "2026-12-31", "");
		String uri = "/api/v1/deals/" + created.text("id");
		Response moved = send(HttpMethod.POST, uri + "/stage", "{\"stageId\":\"" + stage(p, 1) + "\"}", "\"0\"");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.text("status")).isEqualTo("open");

		Response lostWithoutReason = send(HttpMethod.POST, uri + "/stage", "{\"stageId\":\"" + stage(p, 3) + "\"}",
				"\"1\"");
		assertThat(lostWithoutReason.status()).isEqualTo(400);
		assertThat(lostWithoutReason.body()).contains("lostReasonId");
		String reason = api.get("/api/v1/lost-reasons", sales).json().get("items").get(0).get("id").asString();
		Response lost = send(HttpMethod.POST, uri + "/stage", "{\"stageId\":\"" + stage(p, 3) + "\",\"lostReasonId\":\""
				+ reason + "\"}", "\"1\"");
		assertThat(lost.status()).as(lost.body()).isEqualTo(200);
		assertThat(lost.text("status")).isEqualTo("lost");
		assertThat(lost.text("lostReasonId")).isEqualTo(reason);

		Response reopened = send(HttpMethod.PATCH, uri, "{\"stageId\":\"" + stage(p, 1) + "\"}", "\"2\"");
		assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
		assertThat(reopened.text("status")).as("an open stage reopens it").isEqualTo("open");
		assertThat(reopened.json().get("lostReasonId").isNull()).isTrue();

		Response won = send(HttpMethod.PATCH, uri, "{\"status\":\"won\"}", "\"3\"");
		assertThat(won.status()).as(won.body()).isEqualTo(200);
		assertThat(won.text("stageId")).as("won moves it to the stage of probability 100").isEqualTo(stage(p, 2));
		Response contradiction = send(HttpMethod.PATCH, uri, "{\"status\":\"lost\",\"lostReasonId\":\"" + reason
				+ "\",\"stageId\":\"" + stage(p, 2) + "\"}", "\"4\"");
		assertThat(contradiction.status()).isEqualTo(400);
		assertThat(contradiction.body()).contains("\"status\"");

		JsonNode history = api.get(uri + "/stage-history", readOnly).json().get("items");
		assertThat(history).extracting(e -> e.get("stageName").asString())
			.containsExactly("Lead", "Proposal", "Lost", "Proposal", "Won");
		assertThat(history.get(0).get("enteredBy").asString()).isEqualTo(personas.user(Role.SALES).id().toString());
		assertThat(history.get(4).get("leftAt").isNull()).isTrue();
		assertThat(history.get(0).get("leftAt").isNull()).isFalse();
		assertThat(api.get("/api/v1/deals/" + UUID.randomUUID() + "/stage-history", sales).status()).isEqualTo(404);
	}

	@Test
	void theListFiltersSortsAndPagesWithACount() {
		JsonNode p = pipeline();
		String pid = p.get("id").asString();
		String contact = contact(sales);
		create(sales, p, 0, "300", "EUR", "2027-03-01", "");
		create(sales, p, 1, "100", "EUR", "2027-01-01", ",\"contactIds\":[\"" + contact + "\"]");
		create(admin, p, 2, "200", "EUR", "2027-02-01", "");
		String base = "/api/v1/deals?pipelineId=" + pid;

		Response first = api.get(base + "&sort=-amount&limit=2", readOnly);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.json().get("total").asLong()).isEqualTo(3);
		assertThat(first.json().get("items")).extracting(d -> d.get("amount").asString()).containsExactly("300.00", "200.00");
		Response second = api.get(base + "&sort=-amount&limit=2&cursor=" + first.text("nextCursor"), readOnly);
		assertThat(second.json().get("items")).extracting(d -> d.get("amount").asString()).containsExactly("100.00");
		assertThat(second.json().get("nextCursor").isNull()).isTrue();

		assertThat(amounts(base)).as("by expected close, earliest first").containsExactly("100.00", "200.00", "300.00");
		assertThat(amounts(base + "&sort=-stage")).containsExactly("200.00", "100.00", "300.00");
		assertThat(amounts(base + "&status=won")).containsExactly("200.00");
		assertThat(amounts(base + "&closeFrom=2027-01-15&closeTo=2027-02-28")).containsExactly("200.00");
		assertThat(amounts(base + "&contactId=" + contact)).containsExactly("100.00");
		assertThat(amounts(base + "&stageId=" + stage(p, 0))).containsExactly("300.00");
		assertThat(amounts(base + "&ownerId=" + personas.user(Role.ADMIN).id())).containsExactly("200.00");
		Response bad = api.get(base + "&sort=colour&status=maybe&closeFrom=soon&ownerId=x", readOnly);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("\"sort\"", "\"status\"", "\"closeFrom\"", "\"ownerId\"");
	}

	private List<String> amounts(String uri) {
		Response answer = api.get(uri, readOnly);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		List<String> amounts = new ArrayList<>();
		answer.json().get("items").forEach(d -> amounts.add(d.get("amount").asString()));
		return amounts;
	}

	@Test
	void theForecastWeighsByProbabilityAndKeepsCurrenciesApart() {
		JsonNode p = pipeline();
		YearMonth month = YearMonth.now().plusMonths(2);
		String day = month.atDay(10).toString();
		create(sales, p, 1, "1000", "EUR", day, "");
		create(sales, p, 0, "500", "EUR", day, "");
		create(sales, p, 1, "2000", "USD", day, "");
		String reason = api.get("/api/v1/lost-reasons", sales).json().get("items").get(0).get("id").asString();
		create(sales, p, 3, "9999", "EUR", day, ",\"lostReasonId\":\"" + reason + "\"");
		Response forecast = api.get("/api/v1/deals/forecast?pipelineId=" + p.get("id").asString() + "&from=" + month
				+ "&to=" + month.plusMonths(1), readOnly);
		assertThat(forecast.status()).as(forecast.body()).isEqualTo(200);
		JsonNode currencies = forecast.json().get("currencies");
		assertThat(forecast.text("defaultCurrency")).isEqualTo("EUR");
		assertThat(currencies).extracting(c -> c.get("currency").asString()).containsExactly("EUR", "USD");
		JsonNode eur = currencies.get(0).get("months").get(0);
		assertThat(eur.get("month").asString()).isEqualTo(month.toString());
		assertThat(eur.get("total").get("amount").asString()).as("the lost deal is left out").isEqualTo("1500.00");
		assertThat(eur.get("total").get("weighted").asString()).isEqualTo("550.00");
		assertThat(eur.get("owners").get(0).get("ownerId").asString()).isEqualTo(personas.user(Role.SALES).id().toString());
		assertThat(currencies.get(0).get("months")).hasSize(2);
		JsonNode usd = currencies.get(1).get("total");
		assertThat(usd.get("amount").asString()).isEqualTo("2000.00");
		assertThat(usd.get("weighted").asString()).isEqualTo("1000.00");
		assertThat(api.get("/api/v1/deals/forecast?from=2027-05&to=2027-01", readOnly).status()).isEqualTo(400);
		assertThat(api.get("/api/v1/deals/forecast?from=May", readOnly).status()).isEqualTo(400);
	}

	@Test
	void administratorsKeepTheLostReasons() {
		Response list = api.get("/api/v1/lost-reasons", readOnly);
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("items")).extracting(r -> r.get("name").asString()).contains("Price", "Competitor");
		String name = "Reason " + UUID.randomUUID().toString().substring(0, 8);
		assertThat(api.post("/api/v1/lost-reasons", sales, "{\"name\":\"" + name + "\"}").status()).isEqualTo(403);
		Response created = api.post("/api/v1/lost-reasons", admin, "{\"name\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String uri = "/api/v1/lost-reasons/" + created.text("id");
		assertThat(api.post("/api/v1/lost-reasons", admin, "{\"name\":\"" + name.toUpperCase() + "\"}").status())
			.isEqualTo(409);
		assertThat(api.post("/api/v1/lost-reasons", admin, "{\"name\":\" \",\"colour\":1}").body())
			.contains("\"name\"", "\"colour\"");
		Response renamed = api.send(HttpMethod.PATCH, uri, admin, "{\"name\":\"" + name + " (renamed)\"}", "If-Match",
				"\"0\"");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(renamed.text("name")).endsWith("(renamed)");

		JsonNode p = pipeline();
		Response lost = create(sales, p, 3, "10", "EUR", "2026-12-31", ",\"lostReasonId\":\"" + created.text("id") + "\"");
		assertThat(lost.status()).as(lost.body()).isEqualTo(201);
		assertThat(api.delete(uri, admin).status()).as("a lost deal names it").isEqualTo(409);
		assertThat(api.delete("/api/v1/deals/" + lost.text("id"), admin).status()).isEqualTo(204);
		assertThat(api.delete(uri, admin).status()).isEqualTo(204);
		assertThat(api.get(uri, readOnly).status()).isEqualTo(404);
	}

	@Test
	void erasingAPersonInAWonDealKeepsTheDealItsAmountAndHistory() {
		JsonNode p = pipeline();
		String contact = contact(sales);
		Response created = create(sales, p, 1, "777.70", "EUR", LocalDate.now().plusDays(5).toString(),
				",\"contacts\":[{\"contactId\":\"" + contact + "\",\"role\":\"champion\"}]");
		String uri = "/api/v1/deals/" + created.text("id");
		assertThat(send(HttpMethod.POST, uri + "/stage", "{\"stageId\":\"" + stage(p, 2) + "\"}", "\"0\"").text("status"))
			.isEqualTo("won");

		String dpo = personas.token(Role.DPO);
		Response export = api.get("/api/v1/subjects/" + contact + "/data", dpo);
		assertThat(export.body()).contains("dealContact", created.text("id"), "champion");
		Response erased = api.post("/api/v1/subjects/" + contact + "/erasure", dpo, null);
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.body()).contains(created.text("id"), "tombstone");

		Response read = api.get(uri, sales);
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.text("amount")).isEqualTo("777.70");
		assertThat(read.text("status")).isEqualTo("won");
		JsonNode tombstone = read.json().get("contacts").get(0);
		assertThat(tombstone.get("contactId").isNull()).isTrue();
		assertThat(tombstone.get("erased").asBoolean()).isTrue();
		assertThat(tombstone.get("role").asString()).isEqualTo("champion");
		assertThat(read.json().get("contactIds")).isEmpty();
		assertThat(api.get(uri + "/stage-history", sales).json().get("items")).hasSize(2);
		assertThat(jdbc.sql("select count(*) from deal_contacts where subject_id = ?").param(UUID.fromString(contact))
			.query(Long.class).single()).isZero();
	}

	@Test
	void aRestrictedPersonIsNotNewlyLinkedAndTheirLinkIsFrozen() {
		JsonNode p = pipeline();
		String linked = contact(sales);
		String later = contact(sales);
		Response created = create(sales, p, 0, "10", "EUR", "2026-12-31", ",\"contactIds\":[\"" + linked + "\"]");
		String uri = "/api/v1/deals/" + created.text("id");
		String dpo = personas.token(Role.DPO);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + linked + "/restriction", dpo, null).status())
			.isEqualTo(204);
		assertThat(api.send(HttpMethod.PUT, "/api/v1/subjects/" + later + "/restriction", dpo, null).status())
			.isEqualTo(204);

		Response refused = create(sales, p, 0, "10", "EUR", "2026-12-31", ",\"contactIds\":[\"" + later + "\"]");
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("contacts[0].contactId");
		assertThat(api.get(uri, sales).json().get("contactIds")).as("hidden from sales").isEmpty();
		assertThat(api.get(uri, dpo).json().get("contactIds").get(0).asString()).isEqualTo(linked);
		Response changed = send(HttpMethod.PATCH, uri, "{\"contactIds\":[]}", "\"0\"");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(api.get(uri, dpo).json().get("contactIds").get(0).asString()).as("frozen").isEqualTo(linked);
		assertThat(api.delete("/api/v1/subjects/" + linked + "/restriction", dpo).status()).isEqualTo(204);
		assertThat(api.get(uri, sales).json().get("contactIds").get(0).asString()).isEqualTo(linked);
	}

	@org.springframework.beans.factory.annotation.Autowired
	List<dev.custodian.shared.DashboardFigures> figures;

	@Test
	void theDashboardFiguresCountTheCallersOwnDealsOrTheTeamsInTheDefaultCurrency() {
		String reason = api.get("/api/v1/lost-reasons", sales).json().get("items").get(0).get("id").asString();
		JsonNode sales1 = api.get("/api/v1/pipelines", sales).json().get("items").get(0);
		assertThat(create(sales, sales1, 4, "700", "EUR", LocalDate.now().toString(), "").status()).isEqualTo(201);
		assertThat(create(sales, sales1, 5, "50", "USD", LocalDate.now().toString(), ",\"lostReasonId\":\"" + reason
				+ "\"").status()).isEqualTo(201);
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(personas.session(Role.SALES));
		try {
			dev.custodian.shared.DashboardFigures.Figure closed = figures.stream()
				.flatMap(f -> f.figures(false, java.util.Locale.ENGLISH).stream())
				.filter(f -> f.key().equals("deal.won-lost-this-month")).findFirst().orElseThrow();
			assertThat(closed.labels()).containsExactly("Won", "Lost");
			assertThat(closed.series().get(0).values().get(0).intValue()).isPositive();
			assertThat(closed.note()).contains("USD");
			assertThat(figures.stream().flatMap(f -> f.figures(true, java.util.Locale.GERMAN).stream())
				.map(dev.custodian.shared.DashboardFigures.Figure::key))
				.contains("deal.pipeline-by-stage", "deal.won-lost-this-month", "deal.forecast");
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
			for (UUID deal : jdbc.sql("select id from deals where pipeline_id = ? and name in ('Deal 700', 'Deal 50')")
				.param(UUID.fromString(sales1.get("id").asString())).query(UUID.class).list()) {
				api.delete("/api/v1/deals/" + deal, admin);
			}
		}
	}
}
