package dev.custodian.task;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.custodian.identity.Role;
import dev.custodian.shared.DashboardFigures;
import dev.custodian.shared.DashboardFigures.Figure;
import dev.custodian.support.Api.Response;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Users as the people tasks are assigned to, and the dashboard's task figures, on H2 and PostgreSQL: a user's export
 * holds the tasks assigned to them (without the words of a task about a customer, which are that customer's data),
 * erasing a former user keeps those tasks and says why, and the figures count the caller's tasks due and the team's
 * open tasks by assignee.
 */
public abstract class TaskSubjectsContract extends ApiContract {

	@Autowired
	List<DashboardFigures> figures;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	String user() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		return api.post("/api/v1/users", personas.token(Role.ADMIN), "{\"username\":\"assignee-" + tag
				+ "\",\"displayName\":\"Assignee " + tag + "\",\"role\":\"SUPPORT\",\"password\":\"a-long-test-password\"}")
			.text("id");
	}

	String task(String title, String more, long hours) {
		Response made = api.post("/api/v1/tasks", personas.token(Role.SALES), "{\"title\":\"" + title
				+ "\",\"description\":\"Words of " + title + "\",\"dueAt\":\""
				+ Instant.now().plus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS) + "\"" + more + "}");
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.text("id");
	}

	@Test
	void aUsersExportHoldsTheirTasksAndErasingThemKeepsTheTasksWithTheReason() {
		String user = user();
		String contact = api.post("/api/v1/contacts", personas.token(Role.SALES), "{\"lastName\":\"Customer\"}").text("id");
		String own = task("Tidy the pipeline", ",\"assigneeId\":\"" + user + "\"", 24);
		String about = task("Call the customer", ",\"assigneeId\":\"" + user + "\",\"contactId\":\"" + contact + "\"", 24);
		String admin = personas.token(Role.ADMIN);
		Response export = api.get("/api/v1/subjects/" + user + "/data", admin);
		assertThat(export.status()).as(export.body()).isEqualTo(200);
		assertThat(export.body()).contains(own, about, "Tidy the pipeline", "Words of Tidy the pipeline")
			.doesNotContain("Call the customer");

		Response current = api.get("/api/v1/users/" + user, admin);
		api.send(HttpMethod.PATCH, "/api/v1/users/" + user, admin, "{\"enabled\":false}", "If-Match",
				current.header("ETag"));
		Response erased = api.post("/api/v1/subjects/" + user + "/erasure", admin, null);
		assertThat(erased.status()).as(erased.body()).isEqualTo(200);
		assertThat(erased.body()).contains(own, about, TaskDataHolder.KEPT);
		assertThat(api.get("/api/v1/tasks/" + about, personas.token(Role.SALES)).text("assigneeId")).isEqualTo(user);
	}

	@Test
	void theFiguresCountTheCallersTasksDueAndTheTeamsOpenTasksByAssignee() {
		signInAsSales();
		long overdueBefore = mine().series().get(0).values().get(0).longValue();
		task("Overdue for the figures", "", -3);
		signInAsSales();
		Figure mine = mine();
		assertThat(mine.labels()).containsExactly("Overdue", "Due today", "Later this week");
		assertThat(mine.series().get(0).values().get(0).longValue()).isEqualTo(overdueBefore + 1);

		Figure team = figure(true, "task.open-by-assignee");
		int sales = team.labels().indexOf(personas.user(Role.SALES).displayName());
		assertThat(sales).isNotNegative();
		assertThat(team.series().get(1).values().get(sales)).isGreaterThanOrEqualTo(BigDecimal.ONE);
		assertThat(team.chart()).isEqualTo("stacked-bar");

		SecurityContextHolder.clearContext();
		assertThat(figures.stream().flatMap(f -> f.figures(false, Locale.ENGLISH).stream())
			.filter(f -> f.key().startsWith("task."))).isEmpty();
	}

	/** Signs in on this thread; the personas are made first, since making them resets the security context. */
	private void signInAsSales() {
		var session = personas.session(Role.SALES);
		SecurityContextHolder.getContext().setAuthentication(session);
	}

	private Figure mine() {
		return figure(false, "task.due");
	}

	private Figure figure(boolean team, String key) {
		return figures.stream()
			.flatMap(f -> f.figures(team, Locale.ENGLISH).stream())
			.filter(f -> f.key().equals(key))
			.findFirst()
			.orElseThrow();
	}
}
