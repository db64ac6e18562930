package dev.custodian.deal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The changes of a locked pipeline's stages. Each writes the stages it changes and answers the pipeline at its next
 * version, which the caller stores; positions are kept 0, 1, 2, … in order.
 */
@Component
class StageChanges {

	private final PipelineStore store;

	private final List<StageUsage> usages;

	StageChanges(PipelineStore store, List<StageUsage> usages) {
		this.store = store;
		this.usages = usages;
	}

	long dealsIn(UUID stageId) {
		return usages.stream().mapToLong(usage -> usage.dealsIn(stageId)).sum();
	}

	Stage stageOf(Pipeline pipeline, UUID stageId) {
		return pipeline.stage(stageId).orElseThrow(() -> new NotFoundException("stage", stageId));
	}

	Pipeline add(Pipeline pipeline, StageForm form) {
		Violations violations = new Violations();
		String name = checked(pipeline, null, form, violations);
		if (pipeline.stages().size() >= PipelineRules.MAX_STAGES) {
			violations.add("stages", "must name at most " + PipelineRules.MAX_STAGES + " stages");
		}
		violations.throwIfAny();
		Instant now = DbTime.now();
		Stage stage = new Stage(Ids.newId(), pipeline.id(), Objects.requireNonNull(name), pipeline.stages().size(),
				Objects.requireNonNull(form.probability()), now, now, 0);
		store.insert(stage);
		List<Stage> stages = new ArrayList<>(pipeline.stages());
		stages.add(stage);
		return next(pipeline, stages, now);
	}

	Pipeline change(Pipeline pipeline, UUID stageId, StageForm form) {
		Stage current = stageOf(pipeline, stageId);
		Violations violations = new Violations();
		String name = checked(pipeline, stageId, form, violations);
		violations.throwIfAny();
		Instant now = DbTime.now();
		Stage changed = new Stage(stageId, pipeline.id(), Objects.requireNonNull(name), current.position(),
				Objects.requireNonNull(form.probability()), current.createdAt(), now, current.version() + 1);
		store.update(changed);
		return next(pipeline, pipeline.stages().stream().map(s -> s.id().equals(stageId) ? changed : s).toList(), now);
	}

	/** Puts the stages in the order of {@code stageIds}, which names each of them once. */
	Pipeline reorder(Pipeline pipeline, List<UUID> stageIds) {
		Instant now = DbTime.now();
		List<Stage> stages = new ArrayList<>();
		for (UUID id : stageIds) {
			Stage stage = stageOf(pipeline, id);
			Stage placed = stage.position() == stages.size() ? stage
					: new Stage(id, pipeline.id(), stage.name(), stages.size(), stage.probability(), stage.createdAt(),
							now, stage.version() + 1);
			if (placed != stage) {
				store.update(placed);
			}
			stages.add(placed);
		}
		return next(pipeline, stages, now);
	}

	Pipeline remove(Pipeline pipeline, UUID stageId, @Nullable UUID moveDealsTo) {
		stageOf(pipeline, stageId);
		if (pipeline.stages().size() == 1) {
			throw new ConflictException("A pipeline keeps at least one stage", Map.of("stageId", stageId));
		}
		if (moveDealsTo != null) {
			if (moveDealsTo.equals(stageId) || pipeline.stage(moveDealsTo).isEmpty()) {
				throw InvalidInputException.of("moveDealsTo", "must be another stage of the same pipeline");
			}
			usages.forEach(usage -> usage.moveDeals(stageId, moveDealsTo));
		}
		checkEmpty(pipeline.stage(stageId).orElseThrow());
		store.deleteStage(stageId);
		List<UUID> rest = pipeline.stages().stream().map(Stage::id).filter(id -> !id.equals(stageId)).toList();
		Pipeline without = new Pipeline(pipeline.id(), pipeline.name(), pipeline.displayOrder(),
				pipeline.stages().stream().filter(s -> !s.id().equals(stageId)).toList(), pipeline.createdAt(),
				pipeline.updatedAt(), pipeline.version());
		return reorder(without, rest);
	}

	/** @throws StageInUseException when the stage holds deals */
	void checkEmpty(Stage stage) {
		long deals = dealsIn(stage.id());
		if (deals > 0) {
			throw new StageInUseException(stage.id(), deals);
		}
	}

	/** The stage's name, checked: present, not too long, and no other stage of the pipeline's. */
	private static @Nullable String checked(Pipeline pipeline, @Nullable UUID self, StageForm form,
			Violations violations) {
		String name = PipelineRules.name(form.name(), "name", violations);
		PipelineRules.probability(form.probability(), "probability", violations);
		if (name != null && pipeline.stages().stream().anyMatch(
				s -> !s.id().equals(self) && PipelineRules.key(s.name()).equals(PipelineRules.key(name)))) {
			violations.add("name", "already names another stage of this pipeline");
		}
		return name;
	}

	private static Pipeline next(Pipeline pipeline, List<Stage> stages, Instant now) {
		return new Pipeline(pipeline.id(), pipeline.name(), pipeline.displayOrder(), stages, pipeline.createdAt(), now,
				pipeline.version() + 1);
	}
}
