package dev.custodian.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of recomputing the hash chain: valid or not, how many entries were checked, and the first entry
 * whose stored hash does not match its content or its predecessor.
 */
public record VerificationResult(boolean valid, long checked, @Nullable UUID firstBrokenEntry) {
}
