package dev.custodian.deal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.custodian.deal.Pipeline;
import dev.custodian.deal.PipelineForm;
import dev.custodian.deal.Pipelines;
import dev.custodian.deal.Stage;
import dev.custodian.deal.StageForm;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.NotFoundException;
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
 * {@code /api/v1/pipelines}: pipelines and their stages, read by everyone with {@code deal:read}, changed by
 * administrators. Every change of a pipeline or its stages needs {@code If-Match} with the pipeline's ETag and
 * answers the pipeline at its new version.
 */
@RestController
@RequestMapping("/api/v1/pipelines")
class PipelineApiController implements PipelineApiDocs {

	private static final Set<String> STAGE_FIELDS = Set.of("name", "probability", "id");

	private final Pipelines pipelines;

	PipelineApiController(Pipelines pipelines) {
		this.pipelines = pipelines;
	}

	@GetMapping
	@Override
	public PipelineList list() {
		return new PipelineList(pipelines.all().stream().map(PipelineResource::of).toList());
	}

	@PostMapping
	@Override
	public ResponseEntity<PipelineResource> create(@RequestBody(required = false) @Nullable JsonNode body) {
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, Set.of("name", "displayOrder", "stages", "id", "createdAt", "updatedAt",
				"version"), "", violations);
		List<StageForm> stages = new ArrayList<>();
		if (body != null && body.isObject() && body.has("stages") && !body.get("stages").isNull()) {
			JsonNode list = body.get("stages");
			if (!list.isArray()) {
				violations.add("stages", "must be an array of stages");
			}
			else {
				for (JsonNode item : list) {
					stages.add(stage(JsonInput.of(item, STAGE_FIELDS, "stages[" + stages.size() + "].", violations),
							null));
				}
			}
		}
		PipelineForm form = new PipelineForm(in.text("name", null), in.integer("displayOrder"), stages);
		if (!violations.isEmpty()) {
			pipelines.problemsWith(form).list().stream().filter(v -> !violations.has(v.field()))
				.forEach(v -> violations.add(v.field(), v.message()));
			violations.throwIfAny();
		}
		return ok(pipelines.create(form), true);
	}

	@GetMapping("/{id}")
	@Override
	public ResponseEntity<PipelineResource> get(@PathVariable String id) {
		return ok(pipelines.get(pipelineId(id)), false);
	}

	@PatchMapping(value = "/{id}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<PipelineResource> patch(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID pipelineId = pipelineId(id);
		long expected = Versions.expected(ifMatch);
		Pipeline current = pipelines.get(pipelineId);
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, Set.of("name", "displayOrder", "id", "stages", "createdAt", "updatedAt",
				"version"), "", violations);
		String name = in.text("name", current.name());
		Integer order = in.has("displayOrder") ? in.integer("displayOrder") : Integer.valueOf(current.displayOrder());
		if (!violations.isEmpty()) {
			pipelines.problemsWith(name, order).list().stream().filter(v -> !violations.has(v.field()))
				.forEach(v -> violations.add(v.field(), v.message()));
		}
		violations.throwIfAny();
		return ok(pipelines.rename(pipelineId, name, order, expected), false);
	}

	@DeleteMapping("/{id}")
	@Override
	public ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		pipelines.delete(pipelineId(id), ifMatch == null ? null : Versions.expected(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/stages")
	@Override
	public ResponseEntity<PipelineResource> addStage(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID pipelineId = pipelineId(id);
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		StageForm form = stage(JsonInput.of(body, STAGE_FIELDS, "", violations), null);
		check(form, violations);
		return ok(pipelines.addStage(pipelineId, form, expected), false);
	}

	@PatchMapping(value = "/{id}/stages/{stageId}", consumes = { "application/merge-patch+json", "application/json" })
	@Override
	public ResponseEntity<PipelineResource> patchStage(@PathVariable String id, @PathVariable String stageId,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID pipelineId = pipelineId(id);
		long expected = Versions.expected(ifMatch);
		UUID stage = stageId(stageId);
		Stage current = pipelines.get(pipelineId).stage(stage).orElseThrow(() -> new NotFoundException("stage", stage));
		Violations violations = new Violations();
		StageForm form = stage(JsonInput.of(body, STAGE_FIELDS, "", violations), current);
		check(form, violations);
		return ok(pipelines.changeStage(pipelineId, stage, form, expected), false);
	}

	@DeleteMapping("/{id}/stages/{stageId}")
	@Override
	public ResponseEntity<PipelineResource> removeStage(@PathVariable String id, @PathVariable String stageId,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestParam(required = false) @Nullable String moveDealsTo) {
		UUID pipelineId = pipelineId(id);
		long expected = Versions.expected(ifMatch);
		UUID stage = stageId(stageId);
		UUID target = null;
		if (moveDealsTo != null && !moveDealsTo.isBlank()) {
			target = Ids.parseOrNull(moveDealsTo);
			if (target == null) {
				throw InvalidInputException.of("moveDealsTo", "must be another stage of the same pipeline");
			}
		}
		return ok(pipelines.removeStage(pipelineId, stage, target, expected), false);
	}

	@PutMapping("/{id}/stage-order")
	@Override
	public ResponseEntity<PipelineResource> reorder(@PathVariable String id,
			@RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable JsonNode body) {
		UUID pipelineId = pipelineId(id);
		long expected = Versions.expected(ifMatch);
		Violations violations = new Violations();
		JsonInput in = JsonInput.of(body, Set.of("stageIds"), "", violations);
		List<String> texts = in.strings("stageIds");
		List<UUID> ids = new ArrayList<>();
		if (texts == null) {
			if (!violations.has("stageIds")) {
				violations.add("stageIds", "is required");
			}
		}
		else {
			for (String text : texts) {
				UUID parsed = Ids.parseOrNull(text);
				if (parsed == null) {
					violations.add("stageIds", "must name every stage of the pipeline exactly once");
					break;
				}
				ids.add(parsed);
			}
		}
		violations.throwIfAny();
		return ok(pipelines.reorder(pipelineId, ids, expected), false);
	}

	/** With problems of the body itself (an unknown member, say), reports the stage's too: every field at once. */
	private void check(StageForm form, Violations violations) {
		if (!violations.isEmpty()) {
			pipelines.problemsWith(form).list().stream().filter(v -> !violations.has(v.field()))
				.forEach(v -> violations.add(v.field(), v.message()));
		}
		violations.throwIfAny();
	}

	/** Reads a stage over {@code base}: nothing for a new stage, the stored one for a merge patch. */
	private static StageForm stage(JsonInput in, @Nullable Stage base) {
		String name = in.text("name", base == null ? null : base.name());
		Integer probability = in.has("probability") ? in.integer("probability")
				: base == null ? null : Integer.valueOf(base.probability());
		return new StageForm(name, probability);
	}

	private static ResponseEntity<PipelineResource> ok(Pipeline pipeline, boolean created) {
		ResponseEntity.BodyBuilder answer = created
				? ResponseEntity.created(URI.create("/api/v1/pipelines/" + pipeline.id()))
				: ResponseEntity.ok();
		return answer.eTag(Versions.etag(pipeline.version())).body(PipelineResource.of(pipeline));
	}

	private static UUID pipelineId(String id) {
		UUID uuid = Ids.parseOrNull(id);
		if (uuid == null) {
			throw new NotFoundException("pipeline", "(malformed id)");
		}
		return uuid;
	}

	private static UUID stageId(String id) {
		UUID uuid = Ids.parseOrNull(id);
		if (uuid == null) {
			throw new NotFoundException("stage", "(malformed id)");
		}
		return uuid;
	}
}
