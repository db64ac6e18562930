package dev.custodian.deal.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.customfield.CustomFields;
import dev.custodian.customfield.CustomValues;
import dev.custodian.deal.Deal;
import dev.custodian.deal.DealForm;
import dev.custodian.deal.DealManagement;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.Ids;
import dev.custodian.shared.JsonInput;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/deals}: create, read, replace, merge-patch, move, delete and list deals, and read a deal's stage
 * history.
 */
@RestController
@RequestMapping("/api/v1/deals")
class DealApiController implements DealApiDocs {

	private final DealManagement deals;

	private final CustomFields customFields;

	DealApiController(DealManagement deals, CustomFields customFields) {
		this.deals = deals;
		this.customFields = customFields;
	}

	@GetMapping
	@Override
	public CountedPage<DealResource> list(@RequestParam(required = false) @Nullable String pipelineId,
			@RequestParam(required = false) @Nullable String stageId,
			@RequestParam(required = false) @Nullable String ownerId,
			@RequestParam(required = false) @Nullable String companyId,
			@RequestParam(required = false) @Nullable String contactId,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String closeFrom,
			@RequestParam(required = false) @Nullable String closeTo,
			@RequestParam(required = false) @Nullable String sort,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String cursor) {
		CountedPage<Deal> found = deals.list(DealQueries.parse(new DealQueries.Params(pipelineId, stageId, ownerId,
				companyId, contactId, status, closeFrom, closeTo, sort, limit, cursor)));
		Map<UUID, CustomValues> values = customFields.valuesOf(DealManagement.RECORD_TYPE,
				found.items().stream().map(Deal::id).toList());
		return found.map(d -> DealResource.of(d, values.getOrDefault(d.id(), CustomValues.NONE)));
	}

	@PostMapping
	@Override
	public ResponseEntity<DealResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		DealForm form = DealResource.read(body, empty(), violations);
		check(form, null, violations);
		Deal deal = deals.create(form);
		return VersionedAnswers.created("/api/v1/deals", deal.id(), deal.version(), resource(deal));
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<DealResource> get(@PathVariable String id) {
		return current(deals.get(dealId(id)));
	}

	@PutMapping("/{id}")
	@Override
	public ResponseEntity<DealResource> replace(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID dealId = dealId(id);
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		DealForm form = DealResource.read(body, empty(), violations);
		check(form, dealId, violations);
		return current(deals.update(dealId, current -> form, expected));
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<DealResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID dealId = dealId(id);
		long expected = Versions.expected(ifMatch);
		return current(deals.update(dealId, current -> {
			Violations violations = new Violations();
			DealForm form = DealResource.read(body, current, violations);
			check(form, dealId, violations);
			return form;
		}, expected));
	}

	@PostMapping("/{id}/stage")
	@Override
	public ResponseEntity<DealResource> move(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID dealId = dealId(id);
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, Set.of("stageId", "lostReasonId"), "", violations);
		String stageText = in.text("stageId", null);
		UUID stage = Ids.optional(stageText, "stageId", violations);
		if (stage == null && !violations.has("stageId")) {
			violations.add("stageId", "must name a stage of the deal's pipeline");
		}
		UUID reason = Ids.optional(in.text("lostReasonId", null), "lostReasonId", violations);
		violations.throwIfAny();
		return current(deals.move(dealId, java.util.Objects.requireNonNull(stage), reason, expected));
	}

	@GetMapping("/{id}/stage-history")
	@Override
	public StageHistory history(@PathVariable String id) {
		return StageHistory.of(deals.history(dealId(id)));
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		deals.delete(dealId(id), VersionedAnswers.expectedIfGiven(ifMatch));
		return ResponseEntity.noContent().build();
	}

	private ResponseEntity<DealResource> current(Deal deal) {
		return VersionedAnswers.current(deal.version(), resource(deal));
	}

	private DealResource resource(Deal deal) {
		return DealResource.of(deal, customFields.valuesOf(DealManagement.RECORD_TYPE, deal.id()));
	}

	private static UUID dealId(String id) {
		return Ids.parseOrNotFound(id, DealManagement.RECORD_TYPE);
	}

	static DealForm empty() {
		return new DealForm(null, null, null, null, null, null, null, List.of(), null, null, null, null);
	}

	/** With problems of the body itself, reports the deal's too: every field at once. */
	private void check(DealForm form, @Nullable UUID existing, Violations violations) {
		if (!violations.isEmpty()) {
			deals.problemsWith(form, existing).stream().filter(v -> !violations.has(v.field()))
				.forEach(v -> violations.add(v.field(), v.message()));
		}
		violations.throwIfAny();
	}
}
