package dev.custodian.deal.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.custodian.customfield.CustomValues;
import dev.custodian.deal.Deal;
import dev.custodian.deal.DealForm;
import dev.custodian.shared.JsonInput;
import dev.custodian.shared.Violations;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A deal as the API shows it. {@code contacts} lists every person with their role; an erased person is a tombstone
 * ({@code contactId} null, {@code erased} true) that keeps the role.
 */
@Schema(name = "Deal")
record DealResource(UUID id, @Schema(example = "Fleet renewal 2027") String name,
		@Schema(description = "Exact decimal amount, two decimal places", example = "12500.00") String amount,
		@Schema(description = "ISO 4217 currency code", example = "EUR") String currency, UUID pipelineId, UUID stageId,
		UUID ownerId, @Nullable UUID companyId,
		@Schema(description = "The people taking part (erased ones left out)") List<UUID> contactIds,
		@Schema(description = "The people taking part with their roles, erased ones as tombstones")
		List<Participant> contacts,
		@Schema(allowableValues = { "open", "won", "lost" }) String status,
		@Schema(description = "Why it was lost; only for a lost deal") @Nullable UUID lostReasonId,
		@Schema(format = "date", example = "2026-12-31") String expectedCloseDate,
		@Schema(ref = "#/components/schemas/CustomFieldValues") Map<String, Object> customFields,
		@Schema(description = "When it entered its current stage") Instant stageEnteredAt, Instant createdAt,
		Instant updatedAt, @Schema(description = "Counts every change; the ETag") long version) {

	static final Set<String> FIELDS = Set.of("name", "amount", "currency", "pipelineId", "stageId", "ownerId",
			"companyId", "contactIds", "contacts", "status", "lostReasonId", "expectedCloseDate", "customFields", "id",
			"stageEnteredAt", "createdAt", "updatedAt", "version");

	/** One person of a deal, or the tombstone of an erased one. */
	@Schema(name = "DealContact")
	record Participant(@Schema(description = "The contact; null once the person is erased") @Nullable UUID contactId,
			@Schema(allowableValues = { "decision-maker", "champion", "influencer", "user", "other" },
					example = "decision-maker") String role,
			@Schema(description = "The person was erased; the deal keeps only the role") boolean erased) {
	}

	static DealResource of(Deal d, CustomValues custom) {
		return new DealResource(d.id(), d.name(), d.amount().toPlainString(), d.currency(), d.pipelineId(), d.stageId(),
				d.ownerId(), d.companyId(), d.contactIds(),
				d.contacts().stream().map(c -> new Participant(c.contactId(), c.role().code(), c.erased())).toList(),
				d.status().code(), d.lostReasonId(), d.expectedCloseDate().toString(), custom.present(),
				d.stageEnteredAt(), d.createdAt(), d.updatedAt(), d.version());
	}

	/**
	 * Reads a request body over {@code base}: empty for create and replace, the stored deal for a merge patch.
	 * Read-only fields are accepted and ignored, so a client may send back what it read. A patch that moves the
	 * stage without naming a status lets the new stage decide it.
	 */
	static DealForm read(@Nullable JsonNode body, DealForm base, Violations violations) {
		JsonInput in = JsonInput.of(body, FIELDS, "", violations);
		String status = in.has("stageId") && !in.has("status") ? null : in.text("status", base.status());
		return new DealForm(in.text("name", base.name()), amount(body, base.amount(), violations),
				in.text("currency", base.currency()), in.text("pipelineId", base.pipelineId()),
				in.text("stageId", base.stageId()), in.text("ownerId", base.ownerId()),
				in.text("companyId", base.companyId()), contacts(body, in, base.contacts(), violations), status,
				in.text("lostReasonId", base.lostReasonId()), in.text("expectedCloseDate", base.expectedCloseDate()),
				CustomValues.fromJson(body, base.customFieldsOrNone(), violations));
	}

	/** The amount as a decimal string; a JSON number is refused, as it may have lost precision on the way. */
	private static @Nullable String amount(@Nullable JsonNode body, @Nullable String base, Violations violations) {
		if (body == null || !body.isObject() || !body.has("amount")) {
			return base;
		}
		JsonNode value = body.get("amount");
		if (value.isNull()) {
			return null;
		}
		if (!value.isString()) {
			violations.add("amount", "must be a decimal string such as \"12500.00\"");
			return base;
		}
		return value.asString();
	}

	private static List<DealForm.Participant> contacts(@Nullable JsonNode body, JsonInput in,
			List<DealForm.Participant> base, Violations violations) {
		List<DealForm.Participant> result = base;
		if (in.has("contacts")) {
			result = new ArrayList<>();
			JsonNode list = body == null ? null : body.get("contacts");
			if (list != null && !list.isNull() && !list.isArray()) {
				violations.add("contacts", "must be an array of people with their roles");
			}
			else if (list != null && list.isArray()) {
				int i = 0;
				for (JsonNode item : list) {
					JsonInput one = JsonInput.of(item, Set.of("contactId", "role", "erased"), "contacts[" + i++ + "].",
							violations);
					if (Boolean.TRUE.equals(one.bool("erased"))) {
						continue;
					}
					result.add(new DealForm.Participant(one.text("contactId", null), one.text("role", null)));
				}
			}
		}
		List<String> ids = in.strings("contactIds");
		if (ids != null) {
			if (in.has("contacts")) {
				Set<String> named = new LinkedHashSet<>();
				result.forEach(p -> named.add(String.valueOf(p.contactId())));
				if (!named.equals(new LinkedHashSet<>(ids))) {
					violations.add("contactIds", "must name the same people as contacts");
				}
				return result;
			}
			Map<String, String> roles = new HashMap<>();
			base.forEach(p -> roles.put(String.valueOf(p.contactId()), p.role()));
			result = ids.stream().map(id -> new DealForm.Participant(id, roles.get(id))).toList();
		}
		else if (in.has("contactIds") && !in.has("contacts")) {
			result = List.of();
		}
		return result;
	}

}
