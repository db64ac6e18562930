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
 * What the deal suites share: personas' tokens, a pipeline of their own per test (removed after it with its deals),
 * contacts and deals made through the API.
 */
public abstract class DealApiContractSupport extends ApiContract {

	protected String admin;

	String sales;

	String readOnly;

	final List<String> pipelines = new ArrayList<>();

	@BeforeEach
	void setUp() {
		admin = personas.token(Role.ADMIN);
		sales = personas.token(Role.SALES);
		readOnly = personas.token(Role.READ_ONLY);
	}

	@AfterEach
	void removePipelines() {
		for (String id : pipelines) {
			for (UUID deal : jdbc.sql("select id from deals where pipeline_id = ?").param(UUID.fromString(id))
				.query(UUID.class).list()) {
				assertThat(api.delete("/api/v1/deals/" + deal, admin).status()).isEqualTo(204);
			}
			api.delete("/api/v1/pipelines/" + id, admin);
		}
		pipelines.clear();
	}

	/** A pipeline Lead (10), Proposal (50), Won (100), Lost (0), removed after the test. */
	JsonNode pipeline() {
		Response created = api.post("/api/v1/pipelines", admin, "{\"name\":\"Deals " + UUID.randomUUID()
				+ "\",\"stages\":[{\"name\":\"Lead\",\"probability\":10},{\"name\":\"Proposal\",\"probability\":50},"
				+ "{\"name\":\"Won\",\"probability\":100},{\"name\":\"Lost\",\"probability\":0}]}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		pipelines.add(created.text("id"));
		return created.json();
	}

	static String stage(JsonNode pipeline, int index) {
		return pipeline.get("stages").get(index).get("id").asString();
	}

	String contact(String token) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Response created = api.post("/api/v1/contacts", token, "{\"firstName\":\"Dana\",\"lastName\":\"Deal" + tag
				+ "\",\"email\":\"dana-" + tag + "@example.org\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	Response create(String token, JsonNode pipeline, int stage, String amount, String currency, String close,
			String extra) {
		return api.post("/api/v1/deals", token, "{\"name\":\"Deal " + amount + "\",\"amount\":\"" + amount
				+ "\",\"currency\":\"" + currency + "\",\"pipelineId\":\"" + pipeline.get("id").asString()
				+ "\",\"stageId\":\"" + stage(pipeline, stage) + "\",\"expectedCloseDate\":\"" + close + "\"" + extra
				+ "}");
	}

	Response send(HttpMethod method, String uri, String json, String ifMatch) {
		return api.send(method, uri, sales, json, "If-Match", ifMatch);
	}
}
