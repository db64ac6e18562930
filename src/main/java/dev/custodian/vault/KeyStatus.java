package dev.custodian.vault;

/**
 * Where master-key rotation stands: the current master key's id, how many data keys exist, and how many are
 * still wrapped by a previous master key. At 0 the previous keys can be dropped.
 */
public record KeyStatus(String masterKeyId, long dataKeys, long wrappedWithPreviousKeys) {
}
