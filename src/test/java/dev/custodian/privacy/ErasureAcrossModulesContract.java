package dev.custodian.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person who takes part in a won deal, attends a meeting with someone else, has a task about them and asked for
 * support is erased, through the privacy API or by deleting the contact: the deal keeps its amount, status and
 * history with a tombstone for them, the meeting stays readable for the other attendee without them, the task about
 * them is gone, and the ticket stays for the statistics without their words. Runs on H2 and PostgreSQL.
 */
public abstract class ErasureAcrossModulesContract extends ApiContract {

	@ParameterizedTest
	@ValueSource(strings = { "erasure", "deletion" })
	void theErasedPersonLeavesEveryModuleAndWhatOthersNeedStays(String how) {
		String admin = personas.token(Role.ADMIN);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String ada = contact(admin, "Ada" + tag);
		String grace = contact(admin, "Grace" + tag);
		JsonNode pipeline = api.get("/api/v1/pipelines", admin).json().get("items").get(0);
		String won = null;
		for (JsonNode stage : pipeline.get("stages")) {
			if (stage.get("probability").asInt() == 100) {
				won = stage.get("id").asString();
			}
		}
		Response deal = api.post("/api/v1/deals", admin, "{\"name\":\"Engines " + tag + "\",\"amount\":\"12500.00\","
				+ "\"currency\":\"EUR\",\"expectedCloseDate\":\"2030-03-31\",\"pipelineId\":\""
				+ pipeline.get("id").asString() + "\",\"stageId\":\"" + won + "\",\"contactIds\":[\"" + ada + "\",\""
				+ grace + "\"]}");
		assertThat(deal.status()).as(deal.body()).isEqualTo(201);
		String dealId = deal.text("id");
		Response meeting = api.post("/api/v1/activities", admin, "{\"type\":\"meeting\",\"subject\":\"Review "
				+ tag + "\",\"body\":\"Minutes\",\"occurredAt\":\"2030-01-10T09:00:00Z\",\"endsAt\":"
				+ "\"2030-01-10T10:00:00Z\",\"attendeeContactIds\":[\"" + ada + "\",\"" + grace + "\"],\"dealId\":\""
				+ dealId + "\"}");
		assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
		Response task = api.post("/api/v1/tasks", admin, "{\"title\":\"Call Ada " + tag + "\",\"dueAt\":"
				+ "\"2030-01-01T09:00:00Z\",\"contactId\":\"" + ada + "\"}");
		assertThat(task.status()).as(task.body()).isEqualTo(201);
		Response ticket = api.post("/api/v1/tickets", admin, "{\"subject\":\"Printer " + tag + "\",\"description\":"
				+ "\"Smoke\",\"channel\":\"email\",\"requesterId\":\"" + ada + "\"}");
		assertThat(ticket.status()).as(ticket.body()).isEqualTo(201);

		if (how.equals("erasure")) {
			Response report = api.post("/api/v1/subjects/" + ada + "/erasure", admin, null);
			assertThat(report.status()).as(report.body()).isEqualTo(200);
			Map<String, JsonNode> modules = new HashMap<>();
			report.json().get("modules").forEach(m -> modules.put(m.get("module").asString(), m));
			assertThat(modules).containsKeys("contact", "deal", "activity", "task", "ticket");
			assertThat(modules.get("task").get("erased").asLong()).isEqualTo(1);
			assertThat(modules.get("deal").get("kept").toString()).contains(dealId);
			assertThat(modules.get("ticket").get("kept").toString()).contains(ticket.text("id"));
		}
		else {
			assertThat(api.delete("/api/v1/contacts/" + ada, admin).status()).isEqualTo(204);
		}

		Response keptDeal = api.get("/api/v1/deals/" + dealId, admin);
		assertThat(keptDeal.text("amount")).isEqualTo("12500.00");
		assertThat(keptDeal.text("status")).isEqualTo("won");
		assertThat(keptDeal.json().get("contactIds").toString()).contains(grace).doesNotContain(ada);
		assertThat(keptDeal.json().get("contacts").toString()).contains("\"erased\":true");
		assertThat(api.get("/api/v1/deals/" + dealId + "/stage-history", admin).status()).isEqualTo(200);

		Response keptMeeting = api.get("/api/v1/activities/" + meeting.text("id"), admin);
		assertThat(keptMeeting.status()).isEqualTo(200);
		assertThat(keptMeeting.text("subject")).isEqualTo("Review " + tag);
		assertThat(keptMeeting.json().get("attendeeContactIds").toString()).contains(grace).doesNotContain(ada);

		assertThat(api.get("/api/v1/tasks/" + task.text("id"), admin).status()).isEqualTo(404);

		Response keptTicket = api.get("/api/v1/tickets/" + ticket.text("id"), admin);
		assertThat(keptTicket.status()).isEqualTo(200);
		assertThat(keptTicket.json().get("requesterErased").asBoolean()).isTrue();
		assertThat(keptTicket.json().get("subject").isNull()).isTrue();

		List<String> holding = new ArrayList<>();
		api.get("/api/v1/subjects/" + ada + "/data", admin).json().get("modules")
			.forEach(m -> holding.add(m.get("module").asString()));
		assertThat(holding).containsExactly("audit");
	}

	private String contact(String token, String name) {
		Response created = api.post("/api/v1/contacts", token, "{\"firstName\":\"" + name + "\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.text("id");
	}
}
