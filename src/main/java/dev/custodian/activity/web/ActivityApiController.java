package dev.custodian.activity.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.custodian.activity.Activities;
import dev.custodian.activity.Activity;
import dev.custodian.activity.ActivityChanges;
import dev.custodian.activity.ActivityForm;
import dev.custodian.activity.ActivityLink;
import dev.custodian.activity.ActivityQuery;
import dev.custodian.activity.ActivityType;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.Ids;
import dev.custodian.shared.PageRequest;
import dev.custodian.shared.VersionedAnswers;
import dev.custodian.shared.Versions;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/activities}: log, read, list, merge-patch and delete notes, calls, meetings and emails.
 */
@RestController
@RequestMapping("/api/v1/activities")
class ActivityApiController implements ActivityApiDocs {

	private static final String COLLECTION = "/api/v1/activities";

	private final Activities activities;

	ActivityApiController(Activities activities) {
		this.activities = activities;
	}

	@GetMapping
	@Override
	public CountedPage<ActivityResource> list(@RequestParam(required = false) @Nullable String contactId,
			@RequestParam(required = false) @Nullable String companyId,
			@RequestParam(required = false) @Nullable String dealId,
			@RequestParam(required = false) @Nullable String ticketId,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		Violations violations = new Violations();
		List<ActivityLink> links = new ArrayList<>();
		String[] given = { contactId, companyId, dealId, ticketId };
		for (int i = 0; i < given.length; i++) {
			String kind = ActivityLink.KINDS.get(i);
			UUID id = Ids.optional(given[i], kind + "Id", violations);
			if (id != null) {
				links.add(new ActivityLink(kind, id));
			}
		}
		ActivityType activityType = null;
		if (type != null && !type.isBlank()) {
			activityType = ActivityType.fromCode(type.trim()).orElse(null);
			if (activityType == null) {
				violations.add("type", "must be one of " + ActivityType.codes());
			}
		}
		Instant start = ActivityJson.filterTime(from, "from", false, violations);
		Instant end = ActivityJson.filterTime(to, "to", true, violations);
		if (start != null && end != null && !end.isAfter(start)) {
			violations.add("to", "must be after from");
		}
		PageRequest page = violations.collect(() -> PageRequest.parse(limit, cursor), PageRequest.first(1));
		violations.throwIfAny();
		return activities.list(new ActivityQuery(links, activityType, start, end, page)).map(ActivityResource::of);
	}

	@PostMapping
	@Override
	public ResponseEntity<ActivityResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		ActivityForm form = ActivityJson.create(body, violations);
		violations.throwIfAnyWith(() -> activities.problemsWith(form));
		Activity created = activities.create(form);
		return VersionedAnswers.created(COLLECTION, created.id(), created.version(), ActivityResource.of(created));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<ActivityResource> get(@PathVariable String id) {
		Activity activity = activities.get(Ids.parseOrNotFound(id, Activities.RECORD_TYPE));
		return VersionedAnswers.current(activity.version(), ActivityResource.of(activity));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<ActivityResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID activityId = Ids.parseOrNotFound(id, Activities.RECORD_TYPE);
		long expected = Versions.expected(ifMatch);
		Activity current = activities.get(activityId);
		Violations violations = new Violations();
		ActivityChanges changes = ActivityJson.patch(body, ActivityChanges.of(current), violations);
		violations.throwIfAnyWith(() -> activities.problemsWith(current.type(), changes));
		Activity changed = activities.update(activityId, changes, expected);
		return VersionedAnswers.current(changed.version(), ActivityResource.of(changed));
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		activities.delete(Ids.parseOrNotFound(id, Activities.RECORD_TYPE), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}
}
