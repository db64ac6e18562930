package dev.custodian.task;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import dev.custodian.identity.Permission;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.DashboardFigures;
import dev.custodian.shared.DbTime;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's task figures, counted from open tasks, never showing a title. The caller's own: their tasks
 * overdue, due today and due later this week (Monday to Sunday, in their time zone). The team's: open tasks by
 * assignee (display names), overdue ones apart. Nothing for a caller without {@code task:read}.
 */
@Component
class TaskFigures implements DashboardFigures {

	private final JdbcClient jdbc;

	private final UserTimeZones zones;

	private final UserManagement users;

	private final MessageSource messages;

	TaskFigures(JdbcClient jdbc, UserTimeZones zones, UserManagement users, MessageSource messages) {
		this.jdbc = jdbc;
		this.zones = zones;
		this.users = users;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Figure> figures(boolean team, Locale locale) {
		UUID me = Caller.id();
		if (me == null || !Caller.can(Permission.TASK_READ)) {
			return List.of();
		}
		return List.of(team ? team(locale) : mine(me, locale));
	}

	private Figure mine(UUID me, Locale locale) {
		ZoneId zone = zones.zoneOf(new UserId(me));
		Instant now = DbTime.now();
		LocalDate today = LocalDate.ofInstant(now, zone);
		Instant tomorrow = today.plusDays(1).atStartOfDay(zone).toInstant();
		Instant nextWeek = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atStartOfDay(zone).toInstant();
		String open = "select count(*) from tasks where assignee_id = ? and status = 'open' and restricted_at is null ";
		long overdue = jdbc.sql(open + "and due_at < ?").params(me, DbTime.param(now)).query(Long.class).single();
		long dueToday = jdbc.sql(open + "and due_at >= ? and due_at < ?")
			.params(me, DbTime.param(now), DbTime.param(tomorrow))
			.query(Long.class)
			.single();
		long thisWeek = jdbc.sql(open + "and due_at >= ? and due_at < ?")
			.params(me, DbTime.param(tomorrow), DbTime.param(nextWeek))
			.query(Long.class)
			.single();
		return new Figure("task.due", text("task.figure.due", locale), "bar",
				List.of(text("task.group.overdue", locale), text("task.group.today", locale),
						text("task.figure.this-week", locale)),
				List.of(new Series(text("task.figure.tasks", locale),
						List.of(BigDecimal.valueOf(overdue), BigDecimal.valueOf(dueToday), BigDecimal.valueOf(thisWeek)))),
				null, null, 300);
	}

	private Figure team(Locale locale) {
		Instant now = DbTime.now();
		List<String> labels = new ArrayList<>();
		List<BigDecimal> onTime = new ArrayList<>();
		List<BigDecimal> late = new ArrayList<>();
		jdbc.sql("select assignee_id, count(*) as open_count, sum(case when due_at < ? then 1 else 0 end) as late_count "
				+ "from tasks where status = 'open' and restricted_at is null group by assignee_id "
				+ "order by open_count desc, assignee_id")
			.param(DbTime.param(now))
			.query((rs, n) -> {
				UUID assignee = rs.getObject("assignee_id", UUID.class);
				long overdue = rs.getLong("late_count");
				labels.add(users.find(new UserId(assignee)).map(UserAccount::displayName).orElse(assignee.toString()));
				onTime.add(BigDecimal.valueOf(rs.getLong("open_count") - overdue));
				late.add(BigDecimal.valueOf(overdue));
				return assignee;
			})
			.list();
		return new Figure("task.open-by-assignee", text("task.figure.by-assignee", locale), "stacked-bar", labels,
				List.of(new Series(text("task.figure.not-overdue", locale), onTime),
						new Series(text("task.group.overdue", locale), late)),
				null, null, 310);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}
}
