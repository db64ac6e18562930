package dev.custodian.customfield.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.customfield.CustomField;
import dev.custodian.customfield.CustomFieldForm;
import dev.custodian.customfield.SealingProgress;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A custom field as the API shows it.
 */
@Schema(name = "CustomField")
record CustomFieldResource(UUID id, @Schema(example = "contact") String recordType,
		@Schema(example = "region") String key, @Schema(example = "Sales region") String label,
		@Schema(allowableValues = { "text", "long-text", "number", "decimal", "date", "boolean", "choice",
				"multi-choice", "email", "phone", "url" }, example = "choice") String type,
		boolean required, @Schema(example = "10") int displayOrder,
		@Schema(description = "The choices of a choice or multi-choice field, in display order; empty for other types",
				example = "[\"north\", \"south\"]") List<String> options,
		@Schema(description = "Whether it holds personal data: its values are then sealed") boolean personal,
		@Schema(description = "The data category of a personal field; null for one not personal",
				example = "demographic.birth_date") @Nullable String category,
		@Schema(description = "For a special category (Art. 9, or Art. 10 criminal data), the condition relied on; "
				+ "null otherwise", example = "explicit-consent") @Nullable String specialCategoryCondition,
		@Schema(description = "Sealing of the values stored before the field was declared personal; null if it never "
				+ "was") @Nullable Sealing sealing,
		Instant createdAt, Instant updatedAt, long version) {

	static final Set<String> FIELDS = Set.of("recordType", "key", "label", "type", "required", "displayOrder",
			"options", "personal", "category", "specialCategoryCondition", "id", "sealing", "createdAt", "updatedAt",
			"version");

	/** How far sealing has come: values sealed of those in the clear when it began. */
	@Schema(name = "CustomFieldSealing")
	record Sealing(long done, long total, Instant startedAt,
			@Schema(description = "null while values are still being sealed") @Nullable Instant finishedAt) {
	}

	static CustomFieldResource of(CustomField f, @Nullable SealingProgress progress) {
		return new CustomFieldResource(f.id(), f.recordType(), f.key(), f.label(), f.type().code(), f.required(),
				f.displayOrder(), f.options(), f.personal(), f.category() == null ? null : f.category().code(),
				f.condition() == null ? null : f.condition().code(),
				progress == null ? null
						: new Sealing(progress.done(), progress.total(), progress.startedAt(), progress.finishedAt()),
				f.createdAt(), f.updatedAt(), f.version());
	}

	/**
	 * Reads a body over {@code base}: empty for a create, the stored field for a merge patch (which may also carry
	 * {@code replacements}). Read-only fields are accepted and ignored.
	 */
	static CustomFieldForm read(@Nullable JsonNode body, CustomFieldForm base, boolean patch, Violations violations) {
		Set<String> allowed = new java.util.HashSet<>(FIELDS);
		if (patch) {
			allowed.add("replacements");
		}
		JsonInput in = JsonInput.of(body, allowed, "", violations);
		return new CustomFieldForm(in.text("recordType", base.recordType()), in.text("key", base.key()),
				in.text("label", base.label()), in.text("type", base.type()),
				in.has("required") ? in.bool("required") : base.required(),
				in.has("displayOrder") ? in.integer("displayOrder") : base.displayOrder(),
				in.has("options") ? in.strings("options") : base.options(),
				in.has("personal") ? in.bool("personal") : base.personal(), in.text("category", base.category()),
				in.text("specialCategoryCondition", base.specialCategoryCondition()));
	}

	/** The {@code replacements} of a patch: removed option to the option replacing it, or to null to clear it. */
	static Map<String, @Nullable String> replacements(@Nullable JsonNode body, Violations violations) {
		Map<String, @Nullable String> replacements = new LinkedHashMap<>();
		if (body == null || !body.isObject() || !body.has("replacements") || body.get("replacements").isNull()) {
			return replacements;
		}
		JsonNode node = body.get("replacements");
		if (!node.isObject()) {
			violations.add("replacements", "must be a JSON object");
			return replacements;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue();
			if (value.isNull() || value.isString()) {
				replacements.put(entry.getKey(), value.isNull() ? null : value.asString());
			}
			else {
				violations.add("replacements." + entry.getKey(), "must be a string");
			}
		}
		return replacements;
	}
}
