package dev.custodian.deal;

import java.util.UUID;

/**
 * What holds deals in a stage: asked before a stage (or its pipeline) is removed, which is refused while deals are
 * in it, and told to move them when an administrator chooses a stage to move them to. The deals table implements
 * it ({@link DealsInStages}). Every implementation is asked; the counts add up.
 */
public interface StageUsage {

	/** How many deals are in the stage now. */
	long dealsIn(UUID stageId);

	/**
	 * Moves every deal of stage {@code from} to stage {@code to}, in the caller's transaction; both are stages of
	 * the same pipeline.
	 */
	void moveDeals(UUID from, UUID to);
}
