package dev.custodian.task.web;

import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.KeysetPage;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.Violations;
import dev.custodian.task.Task;
import dev.custodian.task.TaskForm;
import dev.custodian.task.TaskLinks;
import dev.custodian.task.TaskLists;
import dev.custodian.task.TaskManagement;
import dev.custodian.task.TaskQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Completing and reopening a task in place (with {@code HX-Request} the row alone comes back; without it, a
 * redirect to where the reader was), and a linked record's open tasks under {@code /tasks/linked/{kind}/{id}}: the
 * section a record's page loads with {@code task/linked :: section(kind, id)}, with its inline "add a task" form.
 */
@Controller
class TaskRowController {

	static final int LINKED_SIZE = 20;

	private final TaskManagement tasks;

	private final TaskLists lists;

	private final TaskRows rows;

	private final TaskLinks links;

	private final UserTimeZones zones;

	private final MessageSource messages;

	TaskRowController(TaskManagement tasks, TaskLists lists, TaskRows rows, TaskLinks links, UserTimeZones zones,
			MessageSource messages) {
		this.tasks = tasks;
		this.lists = lists;
		this.rows = rows;
		this.links = links;
		this.zones = zones;
		this.messages = messages;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version", "status", "completedAt", "completedBy", "createdBy", "createdAt",
				"updatedAt", "subjectId", "linkKind", "linkId");
	}

	@PostMapping("/tasks/{id}/complete")
	String complete(@PathVariable String id, @RequestParam(required = false) @Nullable String next,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		return setDone(id, true, next, htmx, model, redirect);
	}

	@PostMapping("/tasks/{id}/reopen")
	String reopen(@PathVariable String id, @RequestParam(required = false) @Nullable String next,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		return setDone(id, false, next, htmx, model, redirect);
	}

	@GetMapping("/tasks/linked/{kind}/{id}")
	String linked(@PathVariable String kind, @PathVariable String id,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CustodianPrincipal me, Model model) {
		UUID record = record(kind, id);
		TaskPageForm form = TaskPageForm.empty(me.id().value(), kind, record);
		model.addAttribute("cursor", cursor);
		String view = linkedList(kind, record, form, Map.of(), htmx != null, model);
		return htmx != null && cursor != null && !cursor.isBlank() ? "task/linked :: rows" : view;
	}

	@PostMapping("/tasks/linked/{kind}/{id}")
	String addLinked(@PathVariable String kind, @PathVariable String id, @ModelAttribute("form") TaskPageForm posted,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
			@AuthenticationPrincipal CustodianPrincipal me, Model model, RedirectAttributes redirect) {
		UUID record = record(kind, id);
		TaskPageForm form = new TaskPageForm(posted.title(), posted.description(), posted.dueAt(),
				posted.assigneeId(), posted.priority(), kind, record.toString());
		Violations violations = new Violations();
		TaskForm parsed = form.toForm(zones.zoneOf(me.id()), violations);
		try {
			violations.throwIfAnyWith(() -> tasks.problemsWith(parsed));
			tasks.create(parsed);
		}
		catch (InvalidInputException ex) {
			return linkedList(kind, record, form, TaskPageController.errors(ex), htmx != null, model);
		}
		if (htmx != null) {
			model.addAttribute("notice", text("task.notice.created"));
			return linkedList(kind, record, TaskPageForm.empty(me.id().value(), kind, record), Map.of(), true, model);
		}
		redirect.addFlashAttribute("notice", text("task.notice.created"));
		String page = links.path(kind, record);
		return "redirect:" + (page != null ? page : "/tasks/linked/" + kind + "/" + record);
	}

	private String linkedList(String kind, UUID record, TaskPageForm form, Map<String, String> errors, boolean htmx,
			Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("recordId", record);
		model.addAttribute("recordLabel", links.labels(kind, java.util.List.of(record)).get(record));
		model.addAttribute("recordPath", links.path(kind, record));
		model.addAttribute("next", links.path(kind, record));
		model.addAttribute("linkable", links.linkable(kind, record));
		PageRequest page = PageRequest.first(LINKED_SIZE);
		try {
			page = PageRequest.parse(Integer.toString(LINKED_SIZE), (String) model.getAttribute("cursor"));
		}
		catch (InvalidInputException ex) {
			// a cursor this server did not issue: start from the first task
		}
		KeysetPage<Task> found;
		try {
			found = lists.list(TaskQuery.linkedTo(kind, record, page));
		}
		catch (InvalidInputException ex) {
			found = lists.list(TaskQuery.linkedTo(kind, record, PageRequest.first(LINKED_SIZE)));
		}
		model.addAttribute("rows", rows.of(found.items()));
		model.addAttribute("nextCursor", found.nextCursor());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("assignees", rows.assignees());
		model.addAttribute("priorities", TaskForm.PRIORITIES);
		return htmx ? "task/linked :: list" : "task/linked";
	}

	private String setDone(String id, boolean done, @Nullable String next, @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		UUID taskId = Ids.parseOrNotFound(id, TaskManagement.RECORD_TYPE);
		try {
			Task task = tasks.setDone(taskId, done);
			if (htmx != null) {
				model.addAttribute("r", rows.of(task));
				model.addAttribute("next", localPath(next));
				return "task/list :: row";
			}
			redirect.addFlashAttribute("notice", text(done ? "task.notice.completed" : "task.notice.reopened"));
		}
		catch (RestrictedException ex) {
			redirect.addFlashAttribute("problem", text("task.restricted.refused"));
		}
		String back = localPath(next);
		return "redirect:" + (back != null ? back : "/tasks/" + taskId);
	}

	/**
	 * The id of a record of a kind tasks link to, else 404. A record the reader may not read (a restricted person)
	 * still answers, with the tasks they may see (none about a restricted person) and no form to add one.
	 */
	private static UUID record(String kind, String id) {
		UUID record = Ids.parseOrNull(id);
		if (!TaskForm.LINK_KINDS.contains(kind) || record == null) {
			throw new NotFoundException("record", "(unknown kind or malformed id)");
		}
		return record;
	}

	/** The path to go back to, if it is one of this site's own (never another site's address). */
	static @Nullable String localPath(@Nullable String next) {
		if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
				|| next.chars().anyMatch(Character::isISOControl)) {
			return null;
		}
		return next;
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}
}
