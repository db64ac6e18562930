/**
 * Data-subject requests across every module: the merged export of what each {@code PersonalDataHolder} holds about a
 * person, restriction of processing and its lifting, and erasure orchestration (every holder, then the key, then
 * the erasure journal).
 */
@NullMarked
package dev.custodian.privacy;

import org.jspecify.annotations.NullMarked;
