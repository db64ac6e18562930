/**
 * Moving records in and out in bulk: CSV imports of contacts, companies and deals as resumable background jobs
 * (upload, column mapping, dry run, deduplication, progress), and exports of filtered lists.
 */
@NullMarked
package dev.custodian.transfer;

import org.jspecify.annotations.NullMarked;
