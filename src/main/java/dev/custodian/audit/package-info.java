/**
 * The tamper-evident audit trail: who read or changed which personal data, when, and with what outcome.
 */
@NullMarked
package dev.custodian.audit;

import org.jspecify.annotations.NullMarked;
