package dev.custodian.ticket;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import dev.custodian.identity.Role;
import dev.custodian.shared.DashboardFigures;
import dev.custodian.shared.LinkableRecords;
import dev.custodian.shared.SearchableRecords;
import dev.custodian.support.ApiContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tickets as other modules see them: records to link to, labelled "#123 subject"; hits of the search box by number
 * and subject words; and the dashboard's figures. Restricted requesters' tickets are neither linked nor found for
 * callers without restricted:read.
 */
public abstract class TicketRecordsContract extends ApiContract {

	@Autowired
	List<LinkableRecords> linkable;

	@Autowired
	List<SearchableRecords> searchable;

	@Autowired
	List<DashboardFigures> figures;

	<T> T as(Role role, Supplier<T> work) {
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(personas.session(role));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	LinkableRecords links() {
		return linkable.stream().filter(l -> l.kind().equals("ticket")).findFirst().orElseThrow();
	}

	SearchableRecords search() {
		return searchable.stream().filter(s -> s.kind().equals("ticket")).findFirst().orElseThrow();
	}

	DashboardFigures ticketFigures() {
		return figures.stream().filter(f -> f instanceof TicketFigures).findFirst().orElseThrow();
	}

	String requester() {
		return api.post("/api/v1/contacts", personas.token(Role.ADMIN),
				"{\"lastName\":\"Linked\",\"email\":\"linked-" + UUID.randomUUID() + "@example.org\"}").text("id");
	}

	String ticket(String requester, String subject, String priority, String assignee) {
		return api.post("/api/v1/tickets", personas.token(Role.SUPPORT), "{\"subject\":\"" + subject
				+ "\",\"priority\":\"" + priority + "\",\"channel\":\"chat\",\"requesterId\":\"" + requester + "\""
				+ (assignee == null ? "" : ",\"assigneeId\":\"" + assignee + "\"") + "}").text("id");
	}

	@Test
	void ticketsAreLinkedAndFoundByNumberAndSubjectButNotOnceTheRequesterIsRestricted() {
		String requester = requester();
		String word = "lk" + UUID.randomUUID().toString().substring(0, 6);
		UUID id = UUID.fromString(ticket(requester, "Router " + word, "normal", null));
		long number = api.get("/api/v1/tickets/" + id, personas.token(Role.SUPPORT)).json().get("number").asLong();
		Map<UUID, String> labels = as(Role.SALES, () -> links().labels(List.of(id, UUID.randomUUID())));
		assertThat(labels).containsExactly(Map.entry(id, "#" + number + " Router " + word));
		assertThat(as(Role.SALES, () -> links().linkable(id))).isTrue();
		assertThat(links().path(id)).isEqualTo("/tickets/" + id);
		assertThat(as(Role.SALES, () -> search().search(word, 5))).extracting(SearchableRecords.Hit::id)
			.containsExactly(id);
		assertThat(as(Role.SALES, () -> search().search("#" + number, 5))).extracting(SearchableRecords.Hit::id)
			.containsExactly(id);

		api.send(HttpMethod.PUT, "/api/v1/subjects/" + requester + "/restriction", personas.token(Role.DPO), null);
		assertThat(as(Role.SALES, () -> links().linkable(id))).isFalse();
		assertThat(as(Role.SALES, () -> links().readable(id))).isFalse();
		assertThat(as(Role.DPO, () -> links().readable(id))).isTrue();
		assertThat(as(Role.DPO, () -> links().linkable(id))).as("nothing new about a restricted person").isFalse();
		assertThat(as(Role.SALES, () -> search().search(word, 5))).isEmpty();
		assertThat(as(Role.DPO, () -> search().search(word, 5))).hasSize(1);
	}

	@Test
	void theDashboardCountsOpenTicketsAndBreachesWithoutAnyPersonalValue() {
		String supportUser = personas.user(Role.SUPPORT).id().value().toString();
		String requester = requester();
		List<BigDecimal> before = as(Role.SUPPORT, () -> ticketFigures().figures(false, Locale.ENGLISH))
			.get(1).series().get(0).values();
		String late = ticket(requester, "Secret words here", "high", supportUser);
		TicketTime.age(jdbc, late, Duration.ofHours(2));
		List<DashboardFigures.Figure> mine = as(Role.SUPPORT, () -> ticketFigures().figures(false, Locale.ENGLISH));
		assertThat(mine).extracting(DashboardFigures.Figure::key)
			.containsExactly("ticket.open-by-status", "ticket.sla-breaches");
		assertThat(mine.get(1).labels()).containsExactly("Low", "Normal", "High", "Urgent");
		assertThat(mine.get(1).series().get(0).values().get(2)).isEqualTo(before.get(2).add(BigDecimal.ONE));
		assertThat(mine.toString()).doesNotContain("Secret");
		List<DashboardFigures.Figure> german = as(Role.SUPPORT, () -> ticketFigures().figures(true, Locale.GERMAN));
		assertThat(german.get(0).labels()).containsExactly("Neu", "Offen", "Wartend");
	}
}
