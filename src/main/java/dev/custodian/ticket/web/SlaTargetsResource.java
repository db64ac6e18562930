package dev.custodian.ticket.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import dev.custodian.ticket.SlaTarget;
import dev.custodian.ticket.SlaTargets;
import dev.custodian.ticket.TicketPriority;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The SLA targets as the API shows and takes them: one per priority. */
@Schema(name = "SlaTargets", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
		description = "One target per priority; a replacement must give all four")
record SlaTargetsResource(List<Target> targets) {

	static SlaTargetsResource of(SlaTargets.Set set) {
		return new SlaTargetsResource(set.targets()
			.stream()
			.map(t -> new Target(t.priority().code(), t.firstResponseMinutes(), t.resolutionMinutes()))
			.toList());
	}

	/** Reads a replacement, naming every malformed member as {@code targets[i].field}. */
	static List<SlaTarget> read(@Nullable JsonNode body, Violations violations) {
		JsonInput in = JsonInput.of(body, Set.of("targets"), "", violations);
		List<SlaTarget> targets = new ArrayList<>();
		if (body == null || !body.isObject()) {
			return targets;
		}
		JsonNode list = body.get("targets");
		if (list == null || !list.isArray()) {
			violations.add("targets", "must be an array of one target per priority");
			return targets;
		}
		for (int i = 0; i < list.size(); i++) {
			String at = "targets[" + i + "]";
			JsonInput target = JsonInput.of(list.get(i), Set.of("priority", "firstResponseMinutes", "resolutionMinutes"),
					at + ".", violations);
			String code = target.text("priority", null);
			TicketPriority priority = code == null ? null : TicketPriority.fromCode(code).orElse(null);
			if (priority == null) {
				violations.add(at + ".priority", "must be one of " + TicketPriority.codes());
			}
			Integer first = target.integer("firstResponseMinutes");
			Integer resolution = target.integer("resolutionMinutes");
			if (first == null && !violations.has(at + ".firstResponseMinutes")) {
				violations.add(at + ".firstResponseMinutes", "must be a whole number of minutes");
			}
			if (resolution == null && !violations.has(at + ".resolutionMinutes")) {
				violations.add(at + ".resolutionMinutes", "must be a whole number of minutes");
			}
			if (priority != null && first != null && resolution != null) {
				targets.add(new SlaTarget(priority, first, resolution));
			}
		}
		in.has("targets");
		return targets;
	}

	/** One priority's target. */
	@Schema(name = "SlaTarget", additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
	record Target(@Schema(allowableValues = { "low", "normal", "high", "urgent" }, example = "urgent") String priority,
			@Schema(description = "Minutes from opening to the first response, time pending or solved not counted",
					minimum = "1", maximum = "525600", example = "30") int firstResponseMinutes,
			@Schema(description = "Minutes from opening to the resolution, time pending or solved not counted; not "
					+ "shorter than the first response", minimum = "1", maximum = "525600",
					example = "240") int resolutionMinutes) {
	}
}
