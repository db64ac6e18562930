package dev.custodian.ticket;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.custodian.identity.Permission;
import dev.custodian.shared.DashboardFigures;
import dev.custodian.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's ticket figures: active tickets by status, and SLA breaches and tickets at risk by priority, for
 * the team or the caller's own (assigned to them). Counts only, no personal value; restricted requesters' tickets
 * only for callers who see them.
 */
@Component
class TicketFigures implements DashboardFigures {

	private final JdbcClient jdbc;

	private final MessageSource messages;

	TicketFigures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(boolean team, Locale locale) {
		if (!TicketAccess.may(Permission.TICKET_READ)) {
			return List.of();
		}
		UUID me = TicketAccess.me();
		if (!team && me == null) {
			return List.of();
		}
		String scope = (team ? "" : " and t.assignee_id = :me")
				+ (TicketAccess.seesRestricted() ? "" : " and t.restricted_at is null");
		List<String> statuses = List.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING)
			.stream()
			.map(TicketStatus::code)
			.toList();
		List<BigDecimal> byStatus = new ArrayList<>();
		for (String status : statuses) {
			byStatus.add(BigDecimal.valueOf(count("select count(*) from tickets t where t.status = :status" + scope,
					status, me)));
		}
		Instant now = DbTime.now();
		List<BigDecimal> breached = new ArrayList<>();
		List<BigDecimal> atRisk = new ArrayList<>();
		for (TicketPriority priority : TicketPriority.values()) {
			breached.add(BigDecimal.valueOf(jdbc
				.sql("select count(*) from tickets t where t.priority = :priority and t.breach_at < :now" + scope)
				.param("priority", priority.rank())
				.param("now", DbTime.param(now))
				.param("me", me)
				.query(Long.class)
				.single()));
			// the risk window is an hour at most, so only tickets due within the hour can be at risk
			atRisk.add(BigDecimal.valueOf(jdbc
				.sql("select " + TicketRow.SELECTED + " from tickets t where t.priority = :priority "
						+ "and t.breach_at >= :now and t.breach_at < :soon" + scope)
				.param("priority", priority.rank())
				.param("now", DbTime.param(now))
				.param("soon", DbTime.param(now.plus(Duration.ofHours(1))))
				.param("me", me)
				.query(TicketRow::map)
				.stream()
				.filter(row -> row.clear().slaState(now) == SlaState.AT_RISK)
				.count()));
		}
		List<String> priorities = new ArrayList<>();
		for (TicketPriority priority : TicketPriority.values()) {
			priorities.add(text("ticket.priority." + priority.code(), locale));
		}
		return List.of(
				new Figure("ticket.open-by-status", text(team ? "ticket.figure.byStatus" : "ticket.figure.myByStatus",
						locale), "bar", statuses.stream().map(s -> text("ticket.status." + s, locale)).toList(),
						List.of(new Series(text("ticket.figure.tickets", locale), byStatus)), null, null, 40),
				new Figure("ticket.sla-breaches", text(team ? "ticket.figure.sla" : "ticket.figure.mySla", locale),
						"stacked-bar", priorities,
						List.of(new Series(text("ticket.sla.breached", locale), breached),
								new Series(text("ticket.sla.at-risk", locale), atRisk)),
						null, null, 41));
	}

	private long count(String sql, String status, @Nullable UUID me) {
		return jdbc.sql(sql).param("status", status).param("me", me).query(Long.class).single();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
