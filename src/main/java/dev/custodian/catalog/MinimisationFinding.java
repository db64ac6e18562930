package dev.custodian.catalog;

import java.util.List;

/**
 * One line of the minimisation report: a field and why it is listed.
 *
 * @param reason {@code special-category}, {@code rarely-filled}, {@code personal-in-clear} or
 * {@code no-purpose} (a custom field that no purpose uses)
 * @param arguments what the reason's text needs: the article, or the filled percentage
 */
public record MinimisationFinding(String recordType, String field, String table, String column, String reason,
		List<String> arguments) {
}
