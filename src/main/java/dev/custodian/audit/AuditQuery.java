package dev.custodian.audit;

import java.util.UUID;

import dev.custodian.shared.PageRequest;
import org.jspecify.annotations.Nullable;

/**
 * Filters for reading the audit trail; each filter is optional.
 */
public record AuditQuery(@Nullable UUID subjectId, @Nullable String actorId, PageRequest page) {
}
