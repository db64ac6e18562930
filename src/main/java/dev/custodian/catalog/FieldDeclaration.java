package dev.custodian.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One column of a table, declared either personal (with its category and protection) or not personal (with the
 * reason). Purposes and retention stay empty until the consent and retention modules exist.
 *
 * @param recordType the record the column belongs to, such as {@code contact}
 * @param field the field's name in that record, such as {@code email}
 * @param table the table, in lower case
 * @param column the column, in lower case
 * @param category the data category; null exactly when the column is not personal
 * @param protection how it is stored
 * @param notPersonalReason why the column is not personal; null exactly when it is
 * @param condition for a special category, the Art. 9(2) (or Art. 10) condition relied on; null otherwise
 * @param share for a column that holds the values of several fields, which rows are this field's; null for a
 * column of its own
 */
public record FieldDeclaration(String recordType, String field, String table, String column,
		@Nullable DataCategory category, Protection protection, @Nullable String notPersonalReason,
		List<String> purposes, @Nullable String retention, @Nullable SpecialCategoryCondition condition,
		@Nullable SharedColumn share) {

	public FieldDeclaration {
		Objects.requireNonNull(recordType);
		Objects.requireNonNull(field);
		if ((category == null) == (notPersonalReason == null)) {
			throw new IllegalArgumentException(
					table + "." + column + " needs either a category or a reason why it is not personal");
		}
		if (category == null && protection.sealed()) {
			throw new IllegalArgumentException(table + "." + column + " is sealed but declared not personal");
		}
		if (condition != null && (category == null || !condition.fits(category))) {
			throw new IllegalArgumentException(table + "." + column + " names a condition its category does not take");
		}
		table = table.toLowerCase(java.util.Locale.ROOT);
		column = column.toLowerCase(java.util.Locale.ROOT);
		purposes = List.copyOf(purposes);
	}

	/** A column of its own, without a special-category condition. */
	public FieldDeclaration(String recordType, String field, String table, String column,
			@Nullable DataCategory category, Protection protection, @Nullable String notPersonalReason,
			List<String> purposes, @Nullable String retention) {
		this(recordType, field, table, column, category, protection, notPersonalReason, purposes, retention, null,
				null);
	}

	/** A personal column. */
	public static FieldDeclaration personal(String recordType, String field, String table, String column,
			DataCategory category, Protection protection) {
		return new FieldDeclaration(recordType, field, table, column, category, protection, null, List.of(), null);
	}

	/** A column that holds nothing about a person, with the reason. */
	public static FieldDeclaration notPersonal(String recordType, String table, String column, String reason) {
		return new FieldDeclaration(recordType, column, table, column, null, Protection.CLEAR, reason, List.of(),
				null);
	}

	public boolean personal() {
		return category != null;
	}

	public boolean specialCategory() {
		return category != null && category.special();
	}

	public String qualifiedColumn() {
		return table + "." + column;
	}

	/**
	 * A column that holds the values of several fields, one row per record and field (custom fields): the rows of
	 * this field are those whose {@code keyColumn} holds {@code key}, each a filled value, and its records are the
	 * rows of {@code recordsTable}. The catalogue counts this field's values and records accordingly.
	 */
	public record SharedColumn(String keyColumn, Object key, String recordsTable) {

		public SharedColumn {
			keyColumn = keyColumn.toLowerCase(java.util.Locale.ROOT);
			recordsTable = recordsTable.toLowerCase(java.util.Locale.ROOT);
		}
	}
}
