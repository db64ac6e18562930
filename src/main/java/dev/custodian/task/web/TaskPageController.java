package dev.custodian.task.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.FieldViolation;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
import dev.custodian.task.Task;
import dev.custodian.task.TaskForm;
import dev.custodian.task.TaskManagement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's own pages: the task, the form for a new one (linked to a record when the link asks for it) and for
 * changing one, and its deletion. The due time is read and shown in the reader's time zone.
 */
@Controller
@RequestMapping("/tasks")
class TaskPageController {

	private final TaskManagement tasks;

	private final TaskRows rows;

	private final UserTimeZones zones;

	private final MessageSource messages;

	TaskPageController(TaskManagement tasks, TaskRows rows, UserTimeZones zones, MessageSource messages) {
		this.tasks = tasks;
		this.rows = rows;
		this.zones = zones;
		this.messages = messages;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version", "status", "completedAt", "completedBy", "createdBy", "createdAt",
				"updatedAt", "subjectId");
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('task:write')")
	String newForm(@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String id, @AuthenticationPrincipal CustodianPrincipal me,
			Model model) {
		String linkKind = kind != null && TaskForm.LINK_KINDS.contains(kind) ? kind : null;
		UUID linkId = linkKind == null ? null : Ids.parseOrNull(id);
		return form(model, TaskPageForm.empty(me.id().value(), linkId == null ? null : linkKind, linkId), null,
				Map.of(), null);
	}

	@PostMapping
	String create(@ModelAttribute("form") TaskPageForm form, @RequestParam(required = false) @Nullable String next,
			@AuthenticationPrincipal CustodianPrincipal me, Model model, RedirectAttributes redirect) {
		Violations violations = new Violations();
		TaskForm parsed = form.toForm(zone(me), violations);
		try {
			violations.throwIfAnyWith(() -> tasks.problemsWith(parsed));
			Task created = tasks.create(parsed);
			redirect.addFlashAttribute("notice", text("task.notice.created"));
			String back = TaskRowController.localPath(next);
			return "redirect:" + (back != null ? back : "/tasks/" + created.id());
		}
		catch (InvalidInputException ex) {
			return form(model, form, null, errors(ex), null);
		}
	}

	@GetMapping("/{id}")
	String detail(@PathVariable String id, @AuthenticationPrincipal CustodianPrincipal me, Model model) {
		Task task = tasks.get(taskId(id));
		model.addAttribute("row", rows.of(task));
		return "task/detail";
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('task:write')")
	String editForm(@PathVariable String id, @AuthenticationPrincipal CustodianPrincipal me, Model model,
			RedirectAttributes redirect) {
		Task task = tasks.get(taskId(id));
		if (task.restricted()) {
			return refused(task.id(), redirect);
		}
		model.addAttribute("version", task.version());
		return form(model, TaskPageForm.of(task, zone(me)), task.id(), Map.of(), null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @RequestParam long version, @ModelAttribute("form") TaskPageForm form,
			@AuthenticationPrincipal CustodianPrincipal me, Model model, RedirectAttributes redirect) {
		UUID taskId = taskId(id);
		model.addAttribute("version", version);
		Violations violations = new Violations();
		TaskForm parsed = form.toForm(zone(me), violations);
		try {
			violations.throwIfAny();
			tasks.change(taskId, parsed, null, version);
			redirect.addFlashAttribute("notice", text("task.notice.saved"));
			return "redirect:/tasks/" + taskId;
		}
		catch (InvalidInputException ex) {
			return form(model, form, taskId, errors(ex), null);
		}
		catch (RestrictedException ex) {
			return refused(taskId, redirect);
		}
		catch (StaleVersionException ex) {
			return form(model, form, taskId, Map.of(), text("task.form.stale"));
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable String id, RedirectAttributes redirect) {
		UUID taskId = taskId(id);
		try {
			tasks.delete(taskId, null);
		}
		catch (RestrictedException ex) {
			return refused(taskId, redirect);
		}
		redirect.addFlashAttribute("notice", text("task.notice.deleted"));
		return "redirect:/tasks";
	}

	private String form(Model model, TaskPageForm form, @Nullable UUID id, Map<String, String> errors,
			@Nullable String problem) {
		model.addAttribute("form", form);
		model.addAttribute("taskId", id);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("assignees", rows.assignees(form.assigneeId()));
		model.addAttribute("priorities", TaskForm.PRIORITIES);
		return "task/form";
	}

	private String refused(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", text("task.restricted.refused"));
		return "redirect:/tasks/" + id;
	}

	/** Problems by field; a problem with the link is shown with the form's link. */
	static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldViolation v : ex.violations()) {
			String field = v.field().endsWith("Id") && !v.field().equals("assigneeId") ? "link" : v.field();
			errors.putIfAbsent(field, v.message());
		}
		return errors;
	}

	private ZoneId zone(CustodianPrincipal me) {
		return zones.zoneOf(me.id());
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	private static UUID taskId(String id) {
		return Ids.parseOrNotFound(id, TaskManagement.RECORD_TYPE);
	}
}
