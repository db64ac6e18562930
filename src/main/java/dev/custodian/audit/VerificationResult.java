package dev.custodian.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of recomputing the chain.
 * @param valid whether the trail is intact
 * @param checked how many sealed entries were checked (before the break, if any)
 * @param firstBrokenEntry the first entry whose stored link does not match its content or its predecessor
 * @param failure what is wrong when not valid: {@code altered} (see firstBrokenEntry), {@code truncated} (the
 * chain ends before its head), {@code subject-index} (the index behind the subject search no longer names the
 * subjects of the sealed entries), {@code refused-entries} (rows the application did not write were found and
 * refused by the sealer)
 * @param refusedEntries how many entries the sealer refused (no valid MAC, or out of time order)
 */
public record VerificationResult(boolean valid, long checked, @Nullable UUID firstBrokenEntry,
		@Nullable String failure, long refusedEntries) {
}
