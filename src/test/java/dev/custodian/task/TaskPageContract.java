package dev.custodian.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.support.Api;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The task pages on a whole application: "My tasks" groups open tasks as overdue, today and upcoming by the reader's
 * own calendar, completes a task in place (the row alone with htmx, a redirect without), and a contact's page loads
 * the tasks about that person, where one more can be added. Runs on H2 and PostgreSQL.
 */
public abstract class TaskPageContract extends ApiContract {

	/** Region zones with fixed whole-hour offsets from UTC-11 to UTC+14, so some local day ends within two hours. */
	private static final List<String> ZONES = List.of("Pacific/Pago_Pago", "Pacific/Honolulu", "Pacific/Gambier",
			"Pacific/Pitcairn", "America/Phoenix", "America/Regina", "America/Bogota", "America/La_Paz",
			"America/Cayenne", "America/Noronha", "Atlantic/Cape_Verde", "Africa/Abidjan", "Africa/Lagos",
			"Africa/Maputo", "Europe/Moscow", "Asia/Dubai", "Asia/Tashkent", "Asia/Dhaka", "Asia/Jakarta",
			"Asia/Shanghai", "Asia/Tokyo", "Australia/Brisbane", "Pacific/Noumea", "Pacific/Tarawa", "Pacific/Fakaofo",
			"Pacific/Kiritimati");

	@AfterEach
	void resetTimeZone() {
		jdbc.sql("update users set time_zone = null where id = ?").param(personas.user(Role.SALES).id().value()).update();
	}

	/** A user of its own, so that the groups hold only this test's tasks. */
	String freshUser() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"tasks-" + tag
				+ "\",\"displayName\":\"Tasks " + tag + "\",\"role\":\"SALES\",\"password\":\"a-long-test-password\"}")
			.text("id");
	}

	String task(String title, Instant due, String assignee, String more) {
		String made = api.post("/api/v1/tasks", personas.token(Role.SALES), "{\"title\":\"" + title + "\",\"dueAt\":\""
				+ due.truncatedTo(ChronoUnit.SECONDS) + "\",\"assigneeId\":\"" + assignee + "\"" + more + "}").text("id");
		assertThat(made).isNotNull();
		return made;
	}

	/** The part of the page that shows one group. */
	static String group(String page, String code) {
		int start = page.indexOf("id=\"tasks-" + code + "\"");
		assertThat(start).as("the group " + code).isNotNegative();
		int end = page.indexOf("id=\"tasks-", start + 10);
		return end < 0 ? page.substring(start) : page.substring(start, end);
	}

	@Test
	void myTasksGroupOpenTasksByTheReadersOwnCalendar() throws Exception {
		Instant now = Instant.now();
		Instant soon = now.plus(2, ChronoUnit.HOURS);
		String late = ZONES.stream().filter(zone -> !sameDay(now, soon, zone)).findFirst().orElseThrow();
		String early = ZONES.stream().filter(zone -> sameDay(now, soon, zone)).findFirst().orElseThrow();
		String user = freshUser();
		task("Was due yesterday", now.minus(1, ChronoUnit.DAYS), user, "");
		task("Due in two hours", soon, user, "");
		task("Due next week", now.plus(8, ChronoUnit.DAYS), user, "");
		String done = task("Finished already", now.plus(3, ChronoUnit.DAYS), user, "");
		api.send(org.springframework.http.HttpMethod.PATCH, "/api/v1/tasks/" + done, personas.token(Role.SALES),
				"{\"status\":\"done\"}", "If-Match", "\"0\"");

		setZone(early);
		String page = send(get("/tasks").param("assignee", user)).getContentAsString();
		assertThat(group(page, "overdue")).contains("Was due yesterday").doesNotContain("Due in two hours");
		assertThat(group(page, "today")).contains("Due in two hours");
		assertThat(group(page, "upcoming")).contains("Due next week").doesNotContain("Due in two hours");
		assertThat(group(page, "done")).contains("Finished already");

		setZone(late);
		page = send(get("/tasks").param("assignee", user)).getContentAsString();
		assertThat(group(page, "today")).doesNotContain("Due in two hours");
		assertThat(group(page, "upcoming")).contains("Due in two hours", "Due next week");
	}

	@Test
	void aLongGroupShowsMoreOnRequest() throws Exception {
		String user = freshUser();
		Instant start = Instant.now().plus(3, ChronoUnit.DAYS);
		for (int i = 0; i < 22; i++) {
			task("Later " + (100 + i), start.plus(i, ChronoUnit.MINUTES), user, "");
		}
		String page = send(get("/tasks").param("assignee", user)).getContentAsString();
		assertThat(group(page, "upcoming")).contains("Later 119").doesNotContain("Later 120");
		String marker = "group=upcoming&amp;cursor=";
		String more = page.substring(page.indexOf(marker) + marker.length());
		String cursor = more.substring(0, more.indexOf('"'));
		String rows = send(get("/tasks").param("assignee", user).param("group", "upcoming").param("cursor", cursor)
			.header("HX-Request", "true")).getContentAsString();
		assertThat(rows).contains("Later 120", "Later 121").doesNotContain("Later 119", "<html");
		String plain = send(get("/tasks").param("assignee", user).param("group", "upcoming").param("cursor", cursor))
			.getContentAsString();
		assertThat(group(plain, "upcoming")).contains("Later 121").doesNotContain("Later 119");
	}

	@Test
	void aTaskIsCompletedInPlaceWithHtmxAndByARedirectWithout() throws Exception {
		String user = personas.user(Role.SALES).id().toString();
		String first = task("Complete me inline", Instant.now().plus(1, ChronoUnit.DAYS), user, "");
		MockHttpServletResponse row = send(post("/tasks/" + first + "/complete").with(csrf()).param("next", "/tasks")
			.header("HX-Request", "true"));
		assertThat(row.getStatus()).isEqualTo(200);
		assertThat(row.getContentAsString()).startsWith("<tr").contains("Complete me inline", "Reopen")
			.doesNotContain("<html");
		assertThat(api.get("/api/v1/tasks/" + first, personas.token(Role.SALES)).text("status")).isEqualTo("done");

		String second = task("Complete me plainly", Instant.now().plus(1, ChronoUnit.DAYS), user, "");
		MockHttpServletResponse redirect = send(post("/tasks/" + second + "/complete").with(csrf()).param("next", "/tasks"));
		assertThat(redirect.getRedirectedUrl()).isEqualTo("/tasks");
		assertThat(api.get("/api/v1/tasks/" + second, personas.token(Role.SALES)).text("status")).isEqualTo("done");
		MockHttpServletResponse elsewhere = send(post("/tasks/" + second + "/reopen").with(csrf())
			.param("next", "https://evil.example/"));
		assertThat(elsewhere.getRedirectedUrl()).isEqualTo("/tasks/" + second);
		assertThat(api.get("/api/v1/tasks/" + second, personas.token(Role.SALES)).text("status")).isEqualTo("open");
	}

	@Test
	void aContactsPageLoadsTheTasksAboutThemAndAddsOneInline() throws Exception {
		String contact = api.post("/api/v1/contacts", personas.token(Role.SALES), "{\"lastName\":\"Linked\"}").text("id");
		String user = personas.user(Role.SALES).id().toString();
		task("Send the brochure", Instant.now().plus(1, ChronoUnit.DAYS), user, ",\"contactId\":\"" + contact + "\"");
		String path = "/tasks/linked/contact/" + contact;
		String detail = send(get("/contacts/" + contact)).getContentAsString();
		assertThat(detail).contains("hx-get=\"" + path + "\"", "href=\"" + path + "\"");
		String fragment = send(get(path).header("HX-Request", "true")).getContentAsString();
		assertThat(fragment).contains("Send the brochure", "id=\"tasks-linked\"").doesNotContain("<html");
		assertThat(send(get(path)).getContentAsString()).contains("<html", "Send the brochure");

		String tomorrow = LocalDate.now().plusDays(1) + "T10:00";
		String added = send(post(path).with(csrf()).param("title", "Book the meeting").param("dueAt", tomorrow)
			.param("priority", "high").header("HX-Request", "true")).getContentAsString();
		assertThat(added).contains("Book the meeting", "Send the brochure").doesNotContain("<html");
		for (int i = 0; i < 20; i++) {
			task("Later linked " + (100 + i), Instant.now().plus(3, ChronoUnit.DAYS).plus(i, ChronoUnit.MINUTES), user,
					",\"contactId\":\"" + contact + "\"");
		}
		String full = send(get(path).header("HX-Request", "true")).getContentAsString();
		assertThat(full).contains("Later linked 117").doesNotContain("Later linked 118");
		String marker = path + "?cursor=";
		String cursor = full.substring(full.indexOf(marker) + marker.length());
		cursor = cursor.substring(0, cursor.indexOf('"'));
		assertThat(send(get(path).param("cursor", cursor).header("HX-Request", "true")).getContentAsString())
			.contains("Later linked 118", "Later linked 119").doesNotContain("Later linked 117", "<html");
		MockHttpServletResponse invalid = send(post(path).with(csrf()).param("title", "").param("dueAt", "soon"));
		assertThat(invalid.getContentAsString()).contains("id=\"error-summary\"");
		assertThat(api.get("/api/v1/tasks?contactId=" + contact, personas.token(Role.SALES)).json().get("total").asLong())
			.isEqualTo(22);
	}

	@Test
	void theTaskFormsNameEveryProblemAndSaveInTheReadersTimeZone() throws Exception {
		String contact = api.post("/api/v1/contacts", personas.token(Role.SALES), "{\"lastName\":\"Formed\"}").text("id");
		assertThat(send(get("/tasks/new")).getStatus()).isEqualTo(200);
		MockHttpServletResponse blank = send(get("/tasks/new").param("kind", "contact").param("id", contact));
		assertThat(blank.getStatus()).isEqualTo(200);
		assertThat(blank.getContentAsString()).contains("name=\"linkId\" value=\"" + contact + "\"", "datetime-local");
		MockHttpServletResponse invalid = send(post("/tasks").with(csrf()).param("title", "").param("dueAt", "")
			.param("priority", "someday"));
		assertThat(invalid.getStatus()).isEqualTo(200);
		assertThat(invalid.getContentAsString()).contains("id=\"error-summary\"", "href=\"#title\"", "href=\"#dueAt\"",
				"href=\"#priority\"");
		setZone("Asia/Tokyo");
		MockHttpServletResponse saved = send(post("/tasks").with(csrf()).param("title", "Formed task")
			.param("dueAt", "2030-05-01T09:30").param("priority", "low").param("linkKind", "contact")
			.param("linkId", contact));
		String id = saved.getRedirectedUrl().substring("/tasks/".length());
		Api.Response read = api.get("/api/v1/tasks/" + id, personas.token(Role.SALES));
		assertThat(read.text("dueAt")).isEqualTo("2030-05-01T00:30:00Z");
		assertThat(read.text("contactId")).isEqualTo(contact);
		String edit = send(get("/tasks/" + id + "/edit")).getContentAsString();
		assertThat(edit).contains("value=\"2030-05-01T09:30\"");
		assertThat(send(get("/tasks/" + id)).getContentAsString()).contains("Formed task", "Formed");
	}

	private static boolean sameDay(Instant a, Instant b, String zone) {
		return LocalDate.ofInstant(a, ZoneId.of(zone)).equals(LocalDate.ofInstant(b, ZoneId.of(zone)));
	}

	private void setZone(String zone) {
		jdbc.sql("update users set time_zone = ? where id = ?").params(zone, personas.user(Role.SALES).id().value())
			.update();
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(personas.session(Role.SALES)))).andReturn().getResponse();
	}
}
