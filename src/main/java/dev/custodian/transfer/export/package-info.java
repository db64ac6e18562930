/**
 * Exports of filtered record lists as CSV: streamed at once, or prepared in the background and sealed on disk when
 * they are large.
 */
@NullMarked
package dev.custodian.transfer.export;

import org.jspecify.annotations.NullMarked;
