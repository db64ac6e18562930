package dev.custodian.deal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RetriedOnContention;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sales pipelines and their stages: everyone with {@code deal:read} reads them; administrators
 * ({@code user:admin}) add, rename and remove pipelines and add, rename, reorder and remove stages. There is always
 * one pipeline at least, and every pipeline keeps one stage at least; a stage that holds deals (see
 * {@link StageUsage}) is only removed once they are moved. Every change is audited as a change of the
 * {@code pipeline}, which holds no personal data, and bumps the pipeline's version.
 */
@Service
public class Pipelines {

	private final PipelineStore store;

	private final StageChanges stages;

	private final AuditLog audit;

	Pipelines(PipelineStore store, StageChanges stages, AuditLog audit) {
		this.store = store;
		this.stages = stages;
		this.audit = audit;
	}

	/** Every pipeline, in display order, each with its stages in order. */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public List<Pipeline> all() {
		return store.all();
	}

	/** @throws NotFoundException when there is no such pipeline */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public Pipeline get(UUID id) {
		return store.byId(id).orElseThrow(() -> new NotFoundException("pipeline", id));
	}

	/** How many deals are in the stage now (what removing it waits for). */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public long dealsIn(UUID stageId) {
		return stages.dealsIn(stageId);
	}

	/**
	 * Adds a pipeline with its stages; without a display order it is listed after the last.
	 * @throws InvalidInputException naming every invalid field
	 * @throws ConflictException when another pipeline has the name, naming it ({@code existingPipelineId})
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public Pipeline create(PipelineForm form) {
		problemsWith(form).throwIfAny();
		String name = Objects.requireNonNull(Text.clean(form.name()));
		checkNameFree(name, null);
		Instant now = DbTime.now();
		UUID id = Ids.newId();
		List<Stage> list = new ArrayList<>();
		for (StageForm s : form.stages()) {
			list.add(new Stage(Ids.newId(), id, Text.clean(s.name()), list.size(),
					Objects.requireNonNull(s.probability()), now, now, 0));
		}
		int order = form.displayOrder() != null ? form.displayOrder()
				: Math.min(store.maxDisplayOrder() + 10, PipelineRules.MAX_DISPLAY_ORDER);
		Pipeline pipeline = new Pipeline(id, name, order, list, now, now, 0);
		store.insert(pipeline);
		audit.record(AuditAction.CREATE, "pipeline", id, List.of());
		return pipeline;
	}

	/**
	 * Renames the pipeline and sets where it is listed.
	 * @throws InvalidInputException naming every invalid field
	 * @throws ConflictException when another pipeline has the name
	 * @throws StaleVersionException when the pipeline is no longer at {@code expectedVersion}
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public Pipeline rename(UUID id, @Nullable String name, @Nullable Integer displayOrder, long expectedVersion) {
		Pipeline current = locked(id, expectedVersion);
		problemsWith(name, displayOrder).throwIfAny();
		String cleaned = Objects.requireNonNull(Text.clean(name));
		checkNameFree(cleaned, id);
		Pipeline changed = new Pipeline(id, cleaned, displayOrder == null ? current.displayOrder() : displayOrder,
				current.stages(), current.createdAt(), DbTime.now(), current.version() + 1);
		store.update(changed);
		audit.record(AuditAction.UPDATE, "pipeline", id, List.of());
		return changed;
	}

	/** Adds a stage after the last. @see #rename for the exceptions */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public Pipeline addStage(UUID id, StageForm stage, long expectedVersion) {
		return changed(stages.add(locked(id, expectedVersion), stage));
	}

	/** Renames a stage and sets its probability. @see #rename for the exceptions */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public Pipeline changeStage(UUID id, UUID stageId, StageForm stage, long expectedVersion) {
		return changed(stages.change(locked(id, expectedVersion), stageId, stage));
	}

	/**
	 * Puts the stages in the given order, which must name every stage of the pipeline exactly once.
	 * @throws InvalidInputException naming {@code stageIds} otherwise
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public Pipeline reorder(UUID id, List<UUID> stageIds, long expectedVersion) {
		Pipeline current = locked(id, expectedVersion);
		List<UUID> known = current.stages().stream().map(Stage::id).toList();
		if (stageIds.size() != known.size() || !new HashSet<>(stageIds).equals(new HashSet<>(known))) {
			throw InvalidInputException.of("stageIds", "must name every stage of the pipeline exactly once");
		}
		return changed(stages.reorder(current, stageIds));
	}

	/** Moves a stage one place up ({@code -1}) or down ({@code 1}); at either end it stays. */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public Pipeline moveStage(UUID id, UUID stageId, int step, long expectedVersion) {
		Pipeline current = locked(id, expectedVersion);
		Stage stage = stages.stageOf(current, stageId);
		List<UUID> order = new ArrayList<>(current.stages().stream().map(Stage::id).toList());
		int to = stage.position() + Integer.signum(step);
		if (to < 0 || to >= order.size()) {
			return current;
		}
		order.remove(stage.position());
		order.add(to, stageId);
		return changed(stages.reorder(current, order));
	}

	/**
	 * Removes a stage, first moving its deals to {@code moveDealsTo} when given.
	 * @throws StageInUseException when it holds deals and none are to be moved
	 * @throws ConflictException when it is the pipeline's only stage
	 * @throws InvalidInputException naming {@code moveDealsTo} when that is not another stage of the pipeline
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public Pipeline removeStage(UUID id, UUID stageId, @Nullable UUID moveDealsTo, long expectedVersion) {
		return changed(stages.remove(locked(id, expectedVersion), stageId, moveDealsTo));
	}

	/**
	 * Removes a pipeline and its stages.
	 * @param expectedVersion the version the caller saw, or {@code null} to remove whatever is stored
	 * @throws ConflictException when it is the last pipeline
	 * @throws StageInUseException when one of its stages holds deals
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public void delete(UUID id, @Nullable Long expectedVersion) {
		Pipeline current = store.lockedById(id).orElseThrow(() -> new NotFoundException("pipeline", id));
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		if (store.count() <= 1) {
			throw new ConflictException("The last pipeline cannot be removed", Map.of());
		}
		current.stages().forEach(stages::checkEmpty);
		store.delete(id);
		audit.record(AuditAction.DELETE, "pipeline", id, List.of());
	}

	/** Everything wrong with a new pipeline, without saving anything. */
	public Violations problemsWith(PipelineForm form) {
		Violations violations = new Violations();
		PipelineRules.name(form.name(), "name", violations);
		PipelineRules.displayOrder(form.displayOrder(), violations);
		PipelineRules.stages(form.stages(), violations);
		return violations;
	}

	/** Everything wrong with a pipeline's new name and display order, without saving anything. */
	public Violations problemsWith(@Nullable String name, @Nullable Integer displayOrder) {
		Violations violations = new Violations();
		PipelineRules.name(name, "name", violations);
		PipelineRules.displayOrder(displayOrder, violations);
		return violations;
	}

	/** Everything wrong with a stage as entered (not whether its name is free), without saving anything. */
	public Violations problemsWith(StageForm stage) {
		Violations violations = new Violations();
		PipelineRules.name(stage.name(), "name", violations);
		PipelineRules.probability(stage.probability(), "probability", violations);
		return violations;
	}

	private Pipeline locked(UUID id, long expectedVersion) {
		Pipeline current = store.lockedById(id).orElseThrow(() -> new NotFoundException("pipeline", id));
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		return current;
	}

	/** Stores the pipeline's new version after a change of its stages, and audits it. */
	private Pipeline changed(Pipeline changed) {
		store.update(changed);
		audit.record(AuditAction.UPDATE, "pipeline", changed.id(), List.of());
		return changed;
	}

	private void checkNameFree(String name, @Nullable UUID self) {
		store.idByName(name).filter(other -> !other.equals(self)).ifPresent(other -> {
			throw new ConflictException("Another pipeline has this name", Map.of("existingPipelineId", other));
		});
	}
}
