package dev.custodian.activity.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.activity.Activities;
import dev.custodian.activity.Activity;
import dev.custodian.activity.ActivityChanges;
import dev.custodian.activity.ActivityLink;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Violations;
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

/**
 * One entry of a record's timeline ({@code /timeline/{kind}/{id}/{activityId}}) and its edit form, for callers with
 * {@code activity:write}. With {@code HX-Request} the form replaces the entry in place and saving or cancelling
 * puts the entry back; without it the form is a page of its own that goes back to the record's page. Saved through
 * {@link Activities#update} as the API's merge patch is, at the version the form was opened at: when someone changed
 * the entry meanwhile nothing is saved and the form says so.
 */
@Controller
@RequestMapping("/timeline/{kind}/{id}/{activityId}")
class TimelineEntryController {

	private final Activities activities;

	private final TimelineEntries entries;

	private final UserTimeZones zones;

	private final MessageSource messages;

	TimelineEntryController(Activities activities, TimelineEntries entries, UserTimeZones zones,
			MessageSource messages) {
		this.activities = activities;
		this.entries = entries;
		this.zones = zones;
		this.messages = messages;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "type", "authorId");
	}

	/** The entry as the timeline shows it (what Cancel puts back); without script, the record's page. */
	@GetMapping
	String entry(@PathVariable String kind, @PathVariable String id, @PathVariable String activityId,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		UUID record = entries.record(kind, id);
		Activity activity = activity(kind, record, activityId);
		if (htmx == null) {
			return "redirect:" + entries.path(kind, record) + "#timeline";
		}
		return shown(model, kind, record, activity);
	}

	@GetMapping("/edit")
	@PreAuthorize("hasAuthority('activity:write')")
	String edit(@PathVariable String kind, @PathVariable String id, @PathVariable String activityId,
			@AuthenticationPrincipal CustodianPrincipal me,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		UUID record = entries.record(kind, id);
		Activity activity = activity(kind, record, activityId);
		TimelineEntryForm form = TimelineEntryForm.of(activity, zones.zoneOf(me.id()));
		return form(model, kind, record, activity, form, Map.of(), null, htmx);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('activity:write')")
	String save(@PathVariable String kind, @PathVariable String id, @PathVariable String activityId,
			@AuthenticationPrincipal CustodianPrincipal me, @ModelAttribute("form") TimelineEntryForm form,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		UUID record = entries.record(kind, id);
		Activity activity = activity(kind, record, activityId);
		try {
			Long version = form.expectedVersion();
			if (version == null) {
				throw new StaleVersionException(activity.version());
			}
			Violations violations = new Violations();
			ActivityChanges changes = form.toChanges(activity, zones.zoneOf(me.id()), violations);
			violations.throwIfAnyWith(() -> activities.problemsWith(activity.type(), changes));
			Activity changed = activities.update(activity.id(), changes, version);
			if (htmx == null) {
				return "redirect:" + entries.path(kind, record) + "#timeline";
			}
			return shown(model, kind, record, changed);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.violations().forEach(v -> errors.putIfAbsent(TimelineForm.field(v.field()), v.message()));
			return form(model, kind, record, activity, form, errors, null, htmx);
		}
		catch (StaleVersionException ex) {
			String stale = messages.getMessage("activity.edit.stale", null, LocaleContextHolder.getLocale());
			return form(model, kind, record, activity, form, Map.of(), stale, htmx);
		}
	}

	/** The activity on this record's timeline; 404 for one that is not on it or that the caller may not read. */
	private Activity activity(String kind, UUID record, String activityId) {
		Activity activity = activities.get(Ids.parseOrNotFound(activityId, Activities.RECORD_TYPE));
		if (!activity.links().contains(new ActivityLink(kind, record))) {
			throw new NotFoundException(Activities.RECORD_TYPE, activity.id());
		}
		return activity;
	}

	private String shown(Model model, String kind, UUID record, Activity activity) {
		entries.describe(model, kind, record, List.of(activity));
		model.addAttribute("a", activity);
		return "activity/timeline :: entry";
	}

	private String form(Model model, String kind, UUID record, Activity activity, TimelineEntryForm form,
			Map<String, String> errors, @Nullable String problem, @Nullable String htmx) {
		entries.describe(model, kind, record, List.of(activity));
		model.addAttribute("a", activity);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		return htmx == null ? "activity/edit" : "activity/timeline :: edit";
	}
}
