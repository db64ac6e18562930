/**
 * The global search box: asks every {@link dev.custodian.shared.SearchableRecords} bean (contacts, companies and
 * whatever kinds other modules add) and groups their hits by kind. The search text travels only in POST bodies,
 * never in a URL, a log line or an audit entry.
 */
@NullMarked
package dev.custodian.search;

import org.jspecify.annotations.NullMarked;
