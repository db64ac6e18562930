package dev.custodian.deal;

import java.time.Instant;
import java.util.UUID;

/** A reason a deal was lost, from the list administrators keep, in display order. */
public record LostReason(UUID id, String name, int displayOrder, Instant createdAt, Instant updatedAt, long version) {
}
