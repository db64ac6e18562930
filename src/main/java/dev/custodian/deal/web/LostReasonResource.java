package dev.custodian.deal.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.deal.LostReason;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/** A lost reason as the API shows it. */
@Schema(name = "LostReason")
record LostReasonResource(UUID id, @Schema(example = "Price") String name,
		@Schema(description = "Where it is listed, lower first", example = "10") int displayOrder, Instant createdAt,
		Instant updatedAt, @Schema(description = "Counts every change; the ETag") long version) {

	static LostReasonResource of(LostReason r) {
		return new LostReasonResource(r.id(), r.name(), r.displayOrder(), r.createdAt(), r.updatedAt(), r.version());
	}

	/** Every lost reason, in display order. */
	@Schema(name = "LostReasonList")
	record Listing(List<LostReasonResource> items) {
	}

	@Schema(name = "LostReasonInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "A reason to add (name required) or the fields to change")
	record Input(@Schema(example = "Price", maxLength = 100, description = "Unique, whatever the case") String name,
			@Schema(description = "0 to 10000; defaults to after the last", example = "60") @Nullable Integer displayOrder) {
	}
}
