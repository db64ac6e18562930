package dev.custodian.audit.web;

import java.util.List;

import dev.custodian.audit.AuditEntry;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One page of audit entries as the OpenAPI document names it; at run time this is a {@code KeysetPage}.
 */
@Schema(name = "AuditPage", description = "Audit entries, newest first")
record AuditPage(List<AuditEntry> items,
		@Schema(description = "Pass as cursor for the next page; null on the last page") @Nullable String nextCursor) {
}
