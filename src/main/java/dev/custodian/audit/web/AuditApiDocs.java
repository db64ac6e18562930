package dev.custodian.audit.web;

import dev.custodian.audit.AuditEntry;
import dev.custodian.audit.VerificationResult;
import dev.custodian.shared.KeysetPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

/**
 * The audit API as the OpenAPI document describes it, kept apart from {@link AuditApiController} so the
 * controller reads as code.
 */
@Tag(name = "Audit", description = "Tamper-evident trail of every read and change of personal data")
interface AuditApiDocs {

	String DAY = "A date (yyyy-MM-dd, a whole day in the server's time zone) or an RFC 3339 date-time with offset";

	@Operation(operationId = "listAuditEvents", summary = "Audit entries, newest first",
			description = "Entries hold ids and actions, never field values. Filters combine. ADMIN and DPO only.")
	@ApiResponse(responseCode = "200", description = "One page",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = AuditPage.class)))
	@ApiResponse(responseCode = "400", ref = "InvalidInput")
	KeysetPage<AuditEntry> events(
			@Parameter(description = "Only entries concerning this data subject",
					schema = @Schema(format = "uuid")) @Nullable String subjectId,
			@Parameter(description = "Only entries by this actor (a user id; API tokens act as their user)",
					schema = @Schema(maxLength = 64)) @Nullable String actor,
			@Parameter(description = "Only entries of this action", schema = @Schema(allowableValues = { "CREATE",
					"READ", "UPDATE", "DELETE" })) @Nullable String action,
			@Parameter(description = "Only entries about this kind of resource", example = "contact",
					schema = @Schema(pattern = "^[a-z][a-z0-9-]{0,31}$")) @Nullable String resourceType,
			@Parameter(description = "Only entries from this moment on. " + DAY + "; a date counts from its start",
					example = "2026-01-01") @Nullable String from,
			@Parameter(description = "Only entries up to this moment. " + DAY
					+ "; a date includes that whole day, a date-time is the first moment left out",
					example = "2026-01-31") @Nullable String to,
			@Parameter(description = "The order: newest first (the default) or oldest first; a cursor keeps to the "
					+ "order it was issued for", schema = @Schema(allowableValues = { "newest", "oldest" },
							defaultValue = "newest")) @Nullable String sort,
			@Parameter(description = "Page size", schema = @Schema(type = "integer", minimum = "1", maximum = "200",
					defaultValue = "50")) @Nullable String limit,
			@Parameter(description = "nextCursor of the previous page") @Nullable String cursor);

	@Operation(operationId = "verifyAuditChain", summary = "Recompute the hash chain",
			description = "valid is false when any entry was altered, removed or re-ordered; firstBrokenEntry names the first.")
	VerificationResult verify();
}
