package dev.custodian.deal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A pipeline as entered: its name, where it is listed ({@code null}: after the last) and, for a new one, its
 * stages in order.
 */
public record PipelineForm(@Nullable String name, @Nullable Integer displayOrder, List<StageForm> stages) {

	public PipelineForm {
		stages = List.copyOf(stages);
	}
}
