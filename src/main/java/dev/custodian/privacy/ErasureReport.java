package dev.custodian.privacy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.custodian.catalog.PersonalDataHolder.ErasureOutcome;

/**
 * What an erasure did: for every module, how many records it deleted or replaced by a tombstone, and which it kept
 * with the legal reason. The subject's key is destroyed and the erasure journalled in any case.
 */
public record ErasureReport(UUID subjectId, Instant erasedAt, List<ErasureOutcome> modules) {

	public ErasureReport {
		modules = List.copyOf(modules);
	}
}
