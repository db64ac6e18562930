package dev.custodian.activity;

import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A record's timeline in the browser's terms, on H2 and PostgreSQL: the record page loads it (with a plain link
 * for browsers without script), the page and the htmx fragment show entries newest first and page through older
 * ones, the inline forms log activities with and without script and show what is wrong, an entry is edited in its
 * place or on a page of its own at the version it was opened at, and editing and deletion are for those who may.
 */
public abstract class TimelinePageContract extends ApiContract {

	String contact() {
		return api.post("/api/v1/contacts", personas.token(Role.SALES),
				"{\"lastName\":\"Timeline-" + UUID.randomUUID().toString().substring(0, 8) + "\"}").text("id");
	}

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(role)))).andReturn().getResponse();
	}

	@Test
	void theContactPageLoadsItsTimelineAndLinksToItWithoutScript() throws Exception {
		String id = contact();
		String page = send(get("/contacts/" + id), Role.SALES).getContentAsString();
		assertThat(page).contains("hx-get=\"/timeline/contact/" + id + "\"", "hx-trigger=\"load\"",
				"href=\"/timeline/contact/" + id + "\"");
		String company = api.post("/api/v1/companies", personas.token(Role.SALES), "{\"name\":\"Timeline Co "
				+ UUID.randomUUID() + "\"}").text("id");
		assertThat(send(get("/companies/" + company), Role.SUPPORT).getContentAsString())
			.contains("hx-get=\"/timeline/company/" + company + "\"");
	}

	@Test
	void aNoteAddedWithoutScriptGoesBackToTheRecordAndShowsNewestFirst() throws Exception {
		String id = contact();
		MockHttpServletResponse first = send(post("/timeline/contact/" + id).with(csrf()).param("type", "note")
			.param("body", "First words"), Role.SALES);
		assertThat(first.getRedirectedUrl()).isEqualTo("/contacts/" + id + "#timeline");
		send(post("/timeline/contact/" + id).with(csrf()).param("type", "call").param("direction", "inbound")
			.param("outcome", "no-answer").param("durationMinutes", "3").param("body", "Second words"), Role.SALES);
		MockHttpServletResponse full = send(get("/timeline/contact/" + id), Role.SALES);
		assertThat(full.getStatus()).isEqualTo(200);
		String html = full.getContentAsString();
		assertThat(html).contains("<html", "Second words", "First words", "No answer");
		assertThat(html.indexOf("Second words")).isLessThan(html.indexOf("First words"));
		String fragment = send(get("/timeline/contact/" + id).header("HX-Request", "true"), Role.SALES)
			.getContentAsString();
		assertThat(fragment).doesNotContain("<html").contains("id=\"timeline\"", "Second words");
	}

	@Test
	void theFormWithHtmxAnswersWithTheTimelineAndNamesWhatIsWrong() throws Exception {
		String id = contact();
		MockHttpServletResponse added = send(post("/timeline/contact/" + id).with(csrf()).header("HX-Request", "true")
			.param("type", "note").param("body", "Said by htmx"), Role.SUPPORT);
		assertThat(added.getStatus()).isEqualTo(200);
		assertThat(added.getContentAsString()).doesNotContain("<html").contains("Said by htmx");

		MockHttpServletResponse invalid = send(post("/timeline/contact/" + id).with(csrf())
			.header("HX-Request", "true").param("type", "meeting").param("occurredAt", "2026-05-06T14:00")
			.param("endsAt", "2026-05-06T13:00"), Role.SUPPORT);
		assertThat(invalid.getStatus()).isEqualTo(200);
		assertThat(invalid.getContentAsString()).contains("id=\"timeline-errors\"", "href=\"#meeting-subject\"",
				"href=\"#meeting-endsAt\"", "is required", "must be after the start");
		MockHttpServletResponse plain = send(post("/timeline/contact/" + id).with(csrf()).param("type", "note"),
				Role.SUPPORT);
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getContentAsString()).contains("<html", "href=\"#note-body\"");
		assertThat(api.get("/api/v1/activities?contactId=" + id, personas.token(Role.SALES)).json().get("total")
			.asLong()).isEqualTo(1);
	}

	@Test
	void aMeetingOnACompanysTimelineTakesOtherContactsByTheirEmails() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String company = api.post("/api/v1/companies", personas.token(Role.SALES), "{\"name\":\"Meeting Co " + tag
				+ "\"}").text("id");
		String ada = api.post("/api/v1/contacts", personas.token(Role.SALES), "{\"firstName\":\"Ada\",\"email\":"
				+ "\"ada-" + tag + "@example.org\"}").text("id");
		String grace = api.post("/api/v1/contacts", personas.token(Role.SALES), "{\"firstName\":\"Grace\",\"email\":"
				+ "\"grace-" + tag + "@example.org\"}").text("id");

		MockHttpServletResponse unknown = send(post("/timeline/company/" + company).with(csrf()).param("type", "meeting")
			.param("subject", "Kick-off").param("occurredAt", "2030-05-06T14:00").param("endsAt", "2030-05-06T15:00")
			.param("attendeeEmails", "ada-" + tag + "@example.org, nobody-" + tag + "@example.org"), Role.SALES);
		assertThat(unknown.getStatus()).isEqualTo(200);
		assertThat(unknown.getContentAsString()).contains("href=\"#meeting-attendeeEmails\"",
				"names no contact with this email");
		assertThat(api.get("/api/v1/activities?companyId=" + company, personas.token(Role.SALES)).json().get("total")
			.asLong()).isZero();

		MockHttpServletResponse logged = send(post("/timeline/company/" + company).with(csrf()).param("type", "meeting")
			.param("subject", "Kick-off").param("occurredAt", "2030-05-06T14:00").param("endsAt", "2030-05-06T15:00")
			.param("attendeeEmails", "ADA-" + tag + "@example.org; grace-" + tag + "@example.org"), Role.SALES);
		assertThat(logged.getRedirectedUrl()).isEqualTo("/companies/" + company + "#timeline");
		var meeting = api.get("/api/v1/activities?companyId=" + company, personas.token(Role.SALES)).json()
			.get("items").get(0);
		assertThat(meeting.get("attendeeContactIds").toString()).contains(ada, grace);
		assertThat(api.get("/api/v1/activities?contactId=" + grace, personas.token(Role.SALES)).json().get("total")
			.asLong()).isEqualTo(1);
	}

	@Test
	void showMorePagesThroughOlderEntriesWithAndWithoutScript() throws Exception {
		String id = contact();
		for (int i = 0; i < 21; i++) {
			api.post("/api/v1/activities", personas.token(Role.SALES), "{\"type\":\"note\",\"body\":\"Entry " + i
					+ ".\",\"occurredAt\":\"2026-01-01T10:" + (10 + i) + ":00Z\",\"contactIds\":[\"" + id + "\"]}");
		}
		String page = send(get("/timeline/contact/" + id), Role.SALES).getContentAsString();
		assertThat(page).contains("Entry 20.", "Entry 1.").doesNotContain("Entry 0.");
		int at = page.indexOf("href=\"/timeline/contact/" + id + "?cursor=");
		assertThat(at).isPositive();
		String next = page.substring(at + 6, page.indexOf('"', at + 6)).replace("&amp;", "&");
		String more = send(get(next).header("HX-Request", "true"), Role.SALES).getContentAsString();
		assertThat(more).contains("Entry 0.").doesNotContain("Entry 1.", "<html", "id=\"timeline-more\"");
		assertThat(send(get(next), Role.SALES).getContentAsString()).contains("<html", "Entry 0.");
	}

	@Test
	void anEntryIsEditedInPlaceWithHtmxAndOnAPageOfItsOwnWithoutScript() throws Exception {
		String id = contact();
		String call = api.post("/api/v1/activities", personas.token(Role.SALES), "{\"type\":\"call\",\"subject\":"
				+ "\"First try\",\"direction\":\"outbound\",\"durationSeconds\":90,\"outcome\":\"no-answer\","
				+ "\"occurredAt\":\"2026-03-02T09:15:30Z\",\"contactIds\":[\"" + id + "\"]}").text("id");
		String entry = "/timeline/contact/" + id + "/" + call;
		// the form shows times in the user's zone, which for the test users is the system's
		String shown = java.time.LocalDateTime.ofInstant(java.time.Instant.parse("2026-03-02T09:15:30Z"),
				java.time.ZoneId.systemDefault()).toString().substring(0, 16);
		assertThat(send(get("/timeline/contact/" + id), Role.SUPPORT).getContentAsString())
			.contains("href=\"" + entry + "/edit\"", "hx-get=\"" + entry + "/edit\"", "Edit the call");

		String form = send(get(entry + "/edit").header("HX-Request", "true"), Role.SUPPORT).getContentAsString();
		assertThat(form).doesNotContain("<html")
			.contains("id=\"activity-" + call + "\"", "hx-post=\"" + entry + "\"", "name=\"version\" value=\"0\"",
					"value=\"First try\"", "value=\"" + shown + "\"", "<option value=\"outbound\" selected",
					"value=\"1\"", "<option value=\"no-answer\" selected", "hx-get=\"" + entry + "\"")
			.doesNotContain("-location\"");

		MockHttpServletResponse saved = send(post(entry).with(csrf()).header("HX-Request", "true")
			.param("version", "0").param("subject", "Second try").param("occurredAt", shown)
			.param("direction", "inbound").param("durationMinutes", "1").param("outcome", "connected")
			.param("body", "Spoke at last"), Role.SUPPORT);
		assertThat(saved.getStatus()).isEqualTo(200);
		assertThat(saved.getContentAsString()).doesNotContain("<html", "<form method=\"post\" action=\"" + entry)
			.contains("id=\"activity-" + call + "\"", "Second try", "Spoke at last", "Connected");
		var changed = api.get("/api/v1/activities/" + call, personas.token(Role.SALES)).json();
		assertThat(changed.get("subject").asString()).isEqualTo("Second try");
		assertThat(changed.get("direction").asString()).isEqualTo("inbound");
		assertThat(changed.get("durationSeconds").asInt()).as("the minutes left as shown keep the seconds").isEqualTo(90);
		assertThat(changed.get("occurredAt").asString()).isEqualTo("2026-03-02T09:15:30Z");
		assertThat(changed.get("version").asLong()).isEqualTo(1);
		List<String> audited = jdbc.sql("select action || ' ' || actor_id || ' ' || subject_ids from audit_events "
				+ "where resource_type = 'activity' and resource_id = ? and action = 'UPDATE'")
			.param(call).query(String.class).list();
		assertThat(audited).as("audited as the API's change, without content").singleElement()
			.satisfies(e -> assertThat(e).contains(personas.user(Role.SUPPORT).id().toString(), id)
				.doesNotContain("Second try", "Spoke"));

		String page = send(get(entry + "/edit"), Role.SUPPORT).getContentAsString();
		assertThat(page).contains("<html", "<h1>Edit the call</h1>", "action=\"" + entry + "\"",
				"name=\"version\" value=\"1\"", "href=\"/contacts/" + id + "#timeline\"");
		MockHttpServletResponse plain = send(post(entry).with(csrf()).param("version", "1").param("subject", "Third")
			.param("occurredAt", "2026-03-03T10:00").param("direction", "inbound").param("durationMinutes", "4"),
				Role.SUPPORT);
		assertThat(plain.getRedirectedUrl()).isEqualTo("/contacts/" + id + "#timeline");
		var third = api.get("/api/v1/activities/" + call, personas.token(Role.SALES)).json();
		assertThat(third.get("subject").asString()).isEqualTo("Third");
		assertThat(third.get("durationSeconds").asInt()).isEqualTo(240);
		assertThat(third.has("body") && !third.get("body").isNull()).as("a cleared text is cleared").isFalse();
		assertThat(send(get(entry), Role.SUPPORT).getRedirectedUrl()).isEqualTo("/contacts/" + id + "#timeline");
		assertThat(send(get(entry).header("HX-Request", "true"), Role.SUPPORT).getContentAsString())
			.doesNotContain("<html").contains("id=\"activity-" + call + "\"", "Third");
	}

	@Test
	void anInvalidEditKeepsWhatWasTypedAndChangesNothing() throws Exception {
		String id = contact();
		String meeting = api.post("/api/v1/activities", personas.token(Role.SALES), "{\"type\":\"meeting\","
				+ "\"subject\":\"Kick-off\",\"occurredAt\":\"2030-05-06T14:00:00Z\",\"endsAt\":"
				+ "\"2030-05-06T15:00:00Z\",\"location\":\"Room 1\",\"attendeeContactIds\":[\"" + id + "\"]}")
			.text("id");
		String entry = "/timeline/contact/" + id + "/" + meeting;
		MockHttpServletResponse invalid = send(post(entry).with(csrf()).header("HX-Request", "true")
			.param("version", "0").param("subject", " ").param("occurredAt", "2030-05-06T16:00")
			.param("endsAt", "2030-05-06T15:30").param("location", "Room 2").param("body", "Typed words"), Role.SALES);
		assertThat(invalid.getStatus()).isEqualTo(200);
		String html = invalid.getContentAsString();
		assertThat(html).doesNotContain("<html")
			.contains("error-summary", "href=\"#edit-" + meeting + "-subject\"", "href=\"#edit-" + meeting + "-endsAt\"",
					"is required", "must be after the start", "value=\"Room 2\"", "Typed words",
					"value=\"2030-05-06T16:00\"", "aria-invalid=\"true\"", "(they stay as they are)");
		MockHttpServletResponse plain = send(post(entry).with(csrf()).param("version", "0").param("subject", "Fine")
			.param("occurredAt", "not a time"), Role.SALES);
		assertThat(plain.getStatus()).isEqualTo(200);
		assertThat(plain.getContentAsString()).contains("<html", "href=\"#edit-" + meeting + "-occurredAt\"",
				"value=\"not a time\"");
		var unchanged = api.get("/api/v1/activities/" + meeting, personas.token(Role.SALES)).json();
		assertThat(unchanged.get("subject").asString()).isEqualTo("Kick-off");
		assertThat(unchanged.get("location").asString()).isEqualTo("Room 1");
		assertThat(unchanged.get("version").asLong()).isZero();
	}

	@Test
	void aStaleEditSaysSomeoneElseChangedItAndChangesNothing() throws Exception {
		String id = contact();
		String note = api.post("/api/v1/activities", personas.token(Role.SALES),
				"{\"type\":\"note\",\"body\":\"Original\",\"contactIds\":[\"" + id + "\"]}").text("id");
		api.send(org.springframework.http.HttpMethod.PATCH, "/api/v1/activities/" + note, personas.token(Role.SALES),
				"{\"body\":\"Changed by the API\"}", "If-Match", "\"0\"");
		String entry = "/timeline/contact/" + id + "/" + note;
		for (boolean htmx : new boolean[] { true, false }) {
			var request = post(entry).with(csrf()).param("version", "0").param("occurredAt", "2026-01-01T10:00")
				.param("body", "Mine");
			MockHttpServletResponse stale = send(htmx ? request.header("HX-Request", "true") : request, Role.SALES);
			assertThat(stale.getStatus()).isEqualTo(200);
			assertThat(stale.getContentAsString()).contains("changed by someone else since you opened it", "Mine");
		}
		var current = api.get("/api/v1/activities/" + note, personas.token(Role.SALES)).json();
		assertThat(current.get("body").asString()).isEqualTo("Changed by the API");
		assertThat(current.get("version").asLong()).isEqualTo(1);
	}

	@Test
	void onlyThoseWhoMayChangeActivitiesSeeAndUseEdit() throws Exception {
		String id = contact();
		String note = api.post("/api/v1/activities", personas.token(Role.SALES),
				"{\"type\":\"note\",\"body\":\"Fixed\",\"contactIds\":[\"" + id + "\"]}").text("id");
		String entry = "/timeline/contact/" + id + "/" + note;
		for (Role reader : new Role[] { Role.READ_ONLY, Role.DPO }) {
			assertThat(send(get("/timeline/contact/" + id), reader).getContentAsString()).as(reader.name())
				.contains("Fixed").doesNotContain(entry + "/edit");
			assertThat(send(get(entry + "/edit"), reader).getStatus()).as(reader.name()).isEqualTo(403);
			assertThat(send(post(entry).with(csrf()).param("version", "0").param("occurredAt", "2026-01-01T10:00")
				.param("body", "Not mine"), reader).getStatus()).as(reader.name()).isEqualTo(403);
		}
		assertThat(api.get("/api/v1/activities/" + note, personas.token(Role.SALES)).text("body")).isEqualTo("Fixed");
		String other = contact();
		assertThat(send(get("/timeline/contact/" + other + "/" + note + "/edit"), Role.SALES).getStatus())
			.as("an entry of another record's timeline").isEqualTo(404);
		assertThat(send(get("/timeline/contact/" + id + "/" + UUID.randomUUID() + "/edit"), Role.SALES).getStatus())
			.isEqualTo(404);
	}

	@Test
	void onlyThoseWhoMayDeleteSeeAndUseDelete() throws Exception {
		String id = contact();
		String activity = api.post("/api/v1/activities", personas.token(Role.SALES),
				"{\"type\":\"note\",\"body\":\"To go\",\"contactIds\":[\"" + id + "\"]}").text("id");
		String delete = "/timeline/contact/" + id + "/" + activity + "/delete";
		assertThat(send(get("/timeline/contact/" + id), Role.SALES).getContentAsString()).doesNotContain(delete);
		assertThat(send(post(delete).with(csrf()), Role.SALES).getStatus()).isEqualTo(403);
		assertThat(send(get("/timeline/contact/" + id), Role.ADMIN).getContentAsString()).contains(delete);
		assertThat(send(post(delete).with(csrf()), Role.ADMIN).getRedirectedUrl())
			.isEqualTo("/contacts/" + id + "#timeline");
		assertThat(api.get("/api/v1/activities/" + activity, personas.token(Role.SALES)).status()).isEqualTo(404);
		assertThat(send(get("/timeline/contact/" + UUID.randomUUID()), Role.SALES).getStatus()).isEqualTo(404);
		assertThat(send(get("/timeline/planet/" + id), Role.SALES).getStatus()).isEqualTo(404);
	}
}
