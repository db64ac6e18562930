package dev.custodian.support;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real deals and tickets for tests of the records that link to them (activities, tasks), made through the API as an
 * administrator.
 */
public final class RecordsToLink {

	private final Api api;

	private final Personas personas;

	public RecordsToLink(Api api, Personas personas) {
		this.api = api;
		this.personas = personas;
	}

	/** A new open deal in the first stage of the first pipeline; its id. */
	public String deal(String name) {
		String admin = personas.token(Role.ADMIN);
		JsonNode pipeline = api.get("/api/v1/pipelines", admin).json().get("items").get(0);
		Response created = api.post("/api/v1/deals", admin, "{\"name\":\"" + name + "\",\"amount\":\"1000.00\","
				+ "\"currency\":\"EUR\",\"expectedCloseDate\":\"2030-06-30\",\"pipelineId\":\""
				+ pipeline.get("id").asString() + "\",\"stageId\":\""
				+ pipeline.get("stages").get(0).get("id").asString() + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}

	/** A new ticket about a new contact; its id. */
	public String ticket(String subject) {
		String admin = personas.token(Role.ADMIN);
		Response requester = api.post("/api/v1/contacts", admin, "{\"lastName\":\"Requester\"}");
		assertThat(requester.status()).as(requester.body()).isEqualTo(201);
		Response created = api.post("/api/v1/tickets", admin, "{\"subject\":\"" + subject + "\",\"description\":"
				+ "\"Details\",\"channel\":\"email\",\"requesterId\":\"" + requester.text("id") + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}
}
