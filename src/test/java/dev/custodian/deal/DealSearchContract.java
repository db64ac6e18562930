package dev.custodian.deal;

import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Deals found by the start of the words of their name, on H2 and PostgreSQL: every word typed must start a word of
 * the name, whatever the case and accents; names starting with the text come first; the owner limit holds; a
 * renamed deal is found by its new name only, a deleted one leaves no prefix behind; deals written before names
 * had prefixes are filled in by the start-up job; a text matching many deals is answered in name order.
 */
public abstract class DealSearchContract extends DealApiContractSupport {

	@Autowired
	DealNameSearch search;

	@Autowired
	DealNameIndexing indexing;

	@Autowired
	DealsHeldForTests held;

	String tag;

	JsonNode pipeline;

	@BeforeEach
	void aPipeline() {
		tag = "q" + UUID.randomUUID().toString().substring(0, 8);
		pipeline = pipeline();
	}

	@Test
	void everyWordMustStartAWordOfTheNameAndNamesStartingWithTheTextComeFirst() throws Exception {
		String a = deal("Q" + tag.substring(1) + "nord Alpha · Renewal");
		String b = deal("Alpha " + tag + "nordwind Renewal");
		String c = deal(tag + "nordic Beta");
		String d = deal("Beta " + tag + "nordstern · Upsell");

		assertThat(found(tag + "nord")).containsExactly(a, c, b, d);
		assertThat(found(tag + "nord ren")).containsExactly(b, a);
		assertThat(found("ren " + tag + "NORD x")).as("case folded, a one-letter word ignored").containsExactly(b, a);
		assertThat(found(tag + "nordwind")).containsExactly(b);
		assertThat(found(tag.substring(2) + "nord")).as("not the middle of a word").isEmpty();
		assertThat(found(tag + "nord upsell")).containsExactly(d);
		assertThat(found(tag + "nord zzz")).isEmpty();
		assertThat(search.find("x y", null, 10)).as("no word of two characters").isEmpty();

		String html = mvc.perform(post("/search").param("q", tag + "nordw ren").header("HX-Request", "true")
			.with(csrf()).with(authentication(personas.session(Role.SALES)))).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/deals/" + b + "\"").doesNotContain("/deals/" + a);
	}

	@Test
	void accentsAndCaseAreFoldedAndLongWordsAreMatchedWhole() {
		String cafe = deal("Ökologie " + tag + "Café Müller");
		String longer = deal(tag + "internationalisierungsprojekt");
		String other = deal(tag + "internationalisierungsplan");
		assertThat(found(tag + "cafe okol")).containsExactly(cafe);
		assertThat(found(tag + "CAFÉ mull")).containsExactly(cafe);
		assertThat(found(tag + "internationalisierungsprojekt")).containsExactly(longer);
		assertThat(found(tag + "internationalisierungsp")).containsExactly(other, longer);
		assertThat(found(tag + "internationalisierungsprojektx")).isEmpty();
	}

	@Test
	void aCallerLimitedToTheirOwnDealsFindsOnlyThose() {
		String mine = deal(tag + "limit own");
		String theirs = deal(tag + "limit other");
		UUID salesId = personas.user(Role.SALES).id().value();
		jdbc.sql("update deals set owner_id = ? where id = ?").params(personas.user(Role.ADMIN).id().value(),
				UUID.fromString(theirs)).update();
		assertThat(search.find(tag + "limit", salesId, 10)).extracting(f -> f.id().toString()).containsExactly(mine);
		assertThat(found(tag + "limit")).containsExactlyInAnyOrder(mine, theirs);
	}

	@Test
	void aRenamedDealIsFoundByItsNewNameOnlyAndADeletedOneLeavesNoPrefix() {
		String id = deal(tag + "before Deal");
		Response renamed = api.send(HttpMethod.PATCH, "/api/v1/deals/" + id, sales,
				"{\"name\":\"" + tag + "after Deal\"}", "If-Match", "\"0\"");
		assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
		assertThat(found(tag + "before")).isEmpty();
		assertThat(found(tag + "after")).containsExactly(id);
		Response amount = api.send(HttpMethod.PATCH, "/api/v1/deals/" + id, sales, "{\"amount\":\"7\"}", "If-Match",
				"\"1\"");
		assertThat(amount.status()).as(amount.body()).isEqualTo(200);
		assertThat(found(tag + "after deal")).containsExactly(id);

		assertThat(api.delete("/api/v1/deals/" + id, admin).status()).isEqualTo(204);
		assertThat(found(tag + "after")).isEmpty();
		assertThat(jdbc.sql("select count(*) from deal_name_prefixes where deal_id = ?").param(UUID.fromString(id))
			.query(Long.class).single()).isZero();
	}

	@Test
	void theStartUpJobFillsThePrefixesOfDealsWrittenWithoutThem() {
		UUID id = Ids.newId();
		var now = DbTime.param(DbTime.now());
		jdbc.sql("insert into deals (id, name, amount, currency, pipeline_id, stage_id, owner_id, status, "
				+ "expected_close_date, stage_entered_at, created_at, updated_at, version) "
				+ "values (?, ?, 10.00, 'EUR', ?, ?, ?, 'open', ?, ?, ?, ?, 0)")
			.params(id, tag + "legacy Deal", UUID.fromString(pipeline.get("id").asString()),
					UUID.fromString(stage(pipeline, 0)), personas.user(Role.SALES).id().value(),
					java.time.LocalDate.now(), now, now, now)
			.update();
		indexing.catchUp();
		assertThat(found(tag + "legacy deal")).containsExactly(id.toString());
		assertThat(jdbc.sql("select name_words from deals where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(DealNameWords.VERSION);
		assertThat(indexing.catchUp()).as("nothing left to do").isZero();
	}

	@Test
	void aTextMatchingManyDealsIsAnsweredInNameOrder() {
		UUID stage = UUID.fromString(stage(pipeline, 0));
		held.put(stage, DealNameSearch.FEW_MATCHES + 5);
		try {
			List<String> names = search.find("held", null, 5).stream().map(DealNameSearch.Found::name).toList();
			assertThat(names).hasSize(5).isSorted().allMatch(name -> name.startsWith("Held "));
			assertThat(search.find("held 100", null, 50)).extracting(DealNameSearch.Found::name)
				.as("a few: starting with the text first").startsWith("Held 100").contains("Held 1000");
		}
		finally {
			held.clear();
		}
	}

	private String deal(String name) {
		Response created = api.post("/api/v1/deals", sales, "{\"name\":\"" + name + "\",\"amount\":\"100\","
				+ "\"currency\":\"EUR\",\"pipelineId\":\"" + pipeline.get("id").asString() + "\",\"stageId\":\""
				+ stage(pipeline, 0) + "\",\"expectedCloseDate\":\"2027-03-31\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	private List<String> found(String text) {
		return search.find(text, null, 25).stream().map(f -> f.id().toString()).toList();
	}
}
