package dev.custodian.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A declared column as the catalogue page and API show it, with how many records of its table hold a value
 * (counted on the stored, possibly sealed, value being present: nothing is decrypted).
 *
 * @param category the data category code, null for a column declared not personal
 * @param notPersonalReason why the column is not personal, null for a personal one
 * @param filled records holding a value in this column
 * @param records records in the table
 */
public record CatalogueEntry(String module, String recordType, String field, String table, String column,
		@Nullable String category, boolean specialCategory, String protection, @Nullable String notPersonalReason,
		List<String> purposes, @Nullable String retention, long filled, long records) {
}
