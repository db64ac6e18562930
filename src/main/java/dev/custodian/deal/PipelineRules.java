package dev.custodian.deal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;

/**
 * What makes a pipeline or a stage valid. Every problem is collected, named by the field the client sent
 * ({@code stages[1].probability} for the stages of a new pipeline).
 */
final class PipelineRules {

	static final int MAX_NAME = 100;

	static final int MAX_STAGES = 50;

	static final int MAX_DISPLAY_ORDER = 10000;

	private PipelineRules() {
	}

	static @Nullable String name(@Nullable String name, String field, Violations violations) {
		String cleaned = Text.limited(name, MAX_NAME, field, violations);
		if (cleaned == null) {
			violations.add(field, "is required");
		}
		return cleaned;
	}

	static int probability(@Nullable Integer probability, String field, Violations violations) {
		if (probability == null) {
			violations.add(field, "is required");
			return 0;
		}
		if (probability < 0 || probability > 100) {
			violations.add(field, "must be between 0 and 100");
		}
		return probability;
	}

	static @Nullable Integer displayOrder(@Nullable Integer order, Violations violations) {
		if (order != null && (order < 0 || order > MAX_DISPLAY_ORDER)) {
			violations.add("displayOrder", "must be between 0 and " + MAX_DISPLAY_ORDER);
		}
		return order;
	}

	/** Checks the stages of a new pipeline: at least one, at most {@link #MAX_STAGES}, names unique. */
	static void stages(List<StageForm> stages, Violations violations) {
		if (stages.isEmpty()) {
			violations.add("stages", "must name at least one stage");
		}
		else if (stages.size() > MAX_STAGES) {
			violations.add("stages", "must name at most " + MAX_STAGES + " stages");
		}
		Set<String> names = new HashSet<>();
		for (int i = 0; i < stages.size(); i++) {
			String field = "stages[" + i + "]";
			String name = name(stages.get(i).name(), field + ".name", violations);
			if (name != null && !names.add(key(name))) {
				violations.add(field + ".name", "already names another stage of this pipeline");
			}
			probability(stages.get(i).probability(), field + ".probability", violations);
		}
	}

	/** Stage names compare without regard to case, so "Won" and "won" cannot stand side by side. */
	static String key(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
