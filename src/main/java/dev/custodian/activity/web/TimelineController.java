package dev.custodian.activity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.activity.Activities;
import dev.custodian.activity.Activity;
import dev.custodian.activity.ActivityLink;
import dev.custodian.activity.ActivityQuery;
import dev.custodian.activity.ActivityType;
import dev.custodian.contact.ContactManagement;
import dev.custodian.identity.CustodianPrincipal;
import dev.custodian.identity.UserManagement;
import dev.custodian.identity.UserTimeZones;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
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

/**
 * A record's timeline ({@code /timeline/{kind}/{id}}): newest first, older entries through "Show more", with inline
 * forms to add a note, log a call or an email and schedule a meeting, and deletion for those who may (editing one
 * entry is {@link TimelineEntryController}'s). As a full page
 * without {@code HX-Request}; with it, the timeline section alone (what a record's page loads into itself, and what
 * a form or "Show more" swaps in). Forms work without script too: they post, then go back to the record's page.
 */
@Controller
@RequestMapping("/timeline/{kind}/{id}")
class TimelineController {

	private static final int PAGE = 20;

	private final Activities activities;

	private final TimelineEntries entries;

	private final UserManagement users;

	private final UserTimeZones zones;

	private final ContactManagement contacts;

	TimelineController(Activities activities, TimelineEntries entries, UserManagement users, UserTimeZones zones,
			ContactManagement contacts) {
		this.contacts = contacts;
		this.activities = activities;
		this.entries = entries;
		this.users = users;
		this.zones = zones;
	}

	@InitBinder("form")
	void binder(WebDataBinder binder) {
		binder.setDisallowedFields("id", "version", "authorId", "contactIds", "companyId", "dealId", "ticketId");
	}

	@GetMapping
	String timeline(@PathVariable String kind, @PathVariable String id,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		UUID record = record(kind, id);
		PageRequest page = PageRequest.parse(String.valueOf(PAGE), cursor);
		fill(model, kind, record, page, TimelineForm.empty(), null, Map.of());
		if (htmx == null) {
			return "activity/page";
		}
		return cursor == null ? "activity/timeline :: loaded" : "activity/timeline :: entries";
	}

	@PostMapping
	String log(@PathVariable String kind, @PathVariable String id, @AuthenticationPrincipal CustodianPrincipal me,
			@ModelAttribute("form") TimelineForm form,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		UUID record = record(kind, id);
		Violations violations = new Violations();
		try {
			var activity = form.toActivity(kind, record, zones.zoneOf(me.id()), others(form, violations), violations);
			violations.throwIfAnyWith(() -> activities.problemsWith(activity));
			activities.create(activity);
		}
		catch (InvalidInputException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.violations().forEach(v -> errors.putIfAbsent(TimelineForm.field(v.field()), v.message()));
			fill(model, kind, record, PageRequest.first(PAGE), form, form.type(), errors);
			return htmx == null ? "activity/page" : "activity/timeline :: loaded";
		}
		return done(kind, record, htmx, model);
	}

	@PostMapping("/{activityId}/delete")
	String delete(@PathVariable String kind, @PathVariable String id, @PathVariable String activityId,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		UUID record = record(kind, id);
		activities.delete(Ids.parseOrNotFound(activityId, Activities.RECORD_TYPE), null);
		return done(kind, record, htmx, model);
	}

	/**
	 * The other contacts taking part in a meeting or an email, found by the email addresses typed for them through
	 * the contacts' blind index (so only contacts the caller may read are found).
	 */
	private List<UUID> others(TimelineForm form, Violations violations) {
		List<String> emails = form.emails();
		if (emails.size() > TimelineForm.MAX_EMAILS) {
			violations.add("attendeeEmails", "must name at most " + TimelineForm.MAX_EMAILS + " contacts at once");
			return List.of();
		}
		List<UUID> found = new ArrayList<>();
		for (String email : emails) {
			contacts.findByEmail(email)
				.ifPresentOrElse(contact -> found.add(contact.value()),
						() -> violations.add("attendeeEmails", "names no contact with this email"));
		}
		return found;
	}

	private String done(String kind, UUID record, @Nullable String htmx, Model model) {
		if (htmx == null) {
			return "redirect:" + entries.path(kind, record) + "#timeline";
		}
		fill(model, kind, record, PageRequest.first(PAGE), TimelineForm.empty(), null, Map.of());
		return "activity/timeline :: loaded";
	}

	private void fill(Model model, String kind, UUID record, PageRequest page, TimelineForm form,
			@Nullable String open, Map<String, String> errors) {
		CountedPage<Activity> found = activities.list(ActivityQuery.timeline(new ActivityLink(kind, record), page));
		entries.describe(model, kind, record, found.items());
		model.addAttribute("page", found);
		model.addAttribute("form", form);
		model.addAttribute("open", open);
		model.addAttribute("errors", errors);
		model.addAttribute("types", List.of(ActivityType.values()));
		model.addAttribute("users", users.activeUsers());
	}

	/** The record of the timeline; 404 for a kind or id that names no record the caller may read. */
	private UUID record(String kind, String id) {
		return entries.record(kind, id);
	}
}
