package dev.custodian.task.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.PageRequest;
import dev.custodian.task.Task;
import dev.custodian.task.TaskLists;
import dev.custodian.task.TaskLists.Group;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My tasks" ({@code /tasks}): the caller's open tasks grouped as overdue, today and upcoming by their own clock and
 * calendar, then those done recently. The filters show another user's tasks ({@code assignee}) or everyone's
 * ({@code everyone=true}). Each group shows {@value #GROUP_SIZE} tasks and a "Show more" link that continues it:
 * with {@code HX-Request} the next rows alone, without it the whole page with that group continued.
 */
@Controller
class TaskListController {

	static final int GROUP_SIZE = 20;

	private final TaskLists lists;

	private final TaskRows rows;

	private final UserTimeZones zones;

	TaskListController(TaskLists lists, TaskRows rows, UserTimeZones zones) {
		this.lists = lists;
		this.rows = rows;
		this.zones = zones;
	}

	@GetMapping("/tasks")
	String myTasks(@RequestParam(required = false) @Nullable String assignee,
			@RequestParam(required = false) @Nullable String everyone,
			@RequestParam(required = false) @Nullable String group,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CustodianPrincipal me, Model model) {
		boolean all = "true".equals(everyone);
		UUID chosen = Ids.parseOrNull(assignee);
		UUID whose = all ? null : chosen != null ? chosen : me.id().value();
		ZoneId zone = zones.zoneOf(me.id());
		Instant now = TaskLists.now();
		Group continued = Group.of(group);
		model.addAttribute("assignee", whose == null ? "" : whose.toString());
		model.addAttribute("everyone", all);
		model.addAttribute("assignees", rows.assignees());
		if (htmx != null && continued != null && cursor != null && !cursor.isBlank()) {
			model.addAttribute("g", section(continued, whose, zone, now, cursor));
			return "task/list :: rows";
		}
		List<Section> sections = new ArrayList<>();
		for (Group each : Group.values()) {
			sections.add(section(each, whose, zone, now, each == continued ? cursor : null));
		}
		model.addAttribute("sections", sections);
		return "task/list";
	}

	private Section section(Group group, @Nullable UUID whose, ZoneId zone, Instant now, @Nullable String cursor) {
		PageRequest page;
		try {
			page = PageRequest.parse(Integer.toString(GROUP_SIZE), cursor);
		}
		catch (InvalidInputException ex) {
			page = PageRequest.first(GROUP_SIZE);
		}
		KeysetPage<Task> found;
		try {
			found = lists.list(TaskLists.group(group, whose, zone, now, page));
		}
		catch (InvalidInputException ex) {
			found = lists.list(TaskLists.group(group, whose, zone, now, PageRequest.first(GROUP_SIZE)));
		}
		return new Section(group.code(), rows.of(found.items()), found.nextCursor(),
				cursor != null && !cursor.isBlank());
	}

	/**
	 * One group of the page.
	 * @param continued whether this is a later page of the group (the page then says so)
	 */
	record Section(String code, List<TaskRow> rows, @Nullable String nextCursor, boolean continued) {
	}
}
