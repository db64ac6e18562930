/**
 * The export API ({@code /api/v1/<type>/export}, {@code /api/v1/exports}) and the export pages.
 */
@NullMarked
package dev.custodian.transfer.export.web;

import org.jspecify.annotations.NullMarked;
