/**
 * Keys and encryption: per-subject data keys wrapped by a master key kept outside the database, sealing and
 * opening of personal values, keyed blind indexes for search, master-key rotation, and crypto-shredding.
 */
@NullMarked
package dev.custodian.vault;

import org.jspecify.annotations.NullMarked;
