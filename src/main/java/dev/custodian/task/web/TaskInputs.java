package dev.custodian.task.web;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * The request bodies of the task API, for the OpenAPI document only: {@link TaskApiController} reads the JSON
 * itself, so that every mistake, unknown fields included, is reported at once.
 */
final class TaskInputs {

	private TaskInputs() {
	}

	@Schema(name = "TaskInput", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "A task to make; at most one of contactId, companyId, dealId and ticketId. Unknown fields "
					+ "are a 400.")
	record Create(@Schema(example = "Call back about the renewal", maxLength = 200) String title,
			@Schema(example = "She asked for the new price list first", maxLength = 5000) @Nullable String description,
			@Schema(description = "When it is due, a date-time with offset", example = "2026-12-01T09:00:00Z") Instant dueAt,
			@Schema(description = "An active user; defaults to the caller") @Nullable UUID assigneeId,
			@Schema(allowableValues = { "low", "normal", "high", "urgent" }, defaultValue = "normal") @Nullable String priority,
			@Schema(description = "A contact the caller may read and that is not restricted; the task's title and "
					+ "description are then sealed under that person's key") @Nullable UUID contactId,
			@Schema(description = "A company the caller may read") @Nullable UUID companyId,
			@Schema(description = "A deal the caller may read") @Nullable UUID dealId,
			@Schema(description = "A ticket the caller may read") @Nullable UUID ticketId) {
	}

	@Schema(name = "TaskPatch", additionalProperties = Schema.AdditionalPropertiesValue.FALSE,
			description = "Only the fields to change: a left-out field keeps its value, null clears the description. "
					+ "The link cannot be changed.")
	record Patch(@Schema(example = "Call back about the renewal", maxLength = 200) @Nullable String title,
			@Schema(maxLength = 5000) @Nullable String description,
			@Schema(example = "2026-12-02T09:00:00Z") @Nullable Instant dueAt, @Nullable UUID assigneeId,
			@Schema(allowableValues = { "low", "normal", "high", "urgent" }) @Nullable String priority,
			@Schema(description = "done completes the task, open reopens it", allowableValues = { "open", "done" })
			@Nullable String status) {
	}
}
