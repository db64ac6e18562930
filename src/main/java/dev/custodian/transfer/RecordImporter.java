package dev.custodian.transfer;

import java.util.List;
import java.util.UUID;

import dev.custodian.transfer.csv.CsvRow;
import org.jspecify.annotations.Nullable;

/**
 * How rows of one record type are checked and stored. Implementations turn cells into the record module's form,
 * and its field violations back into column names.
 */
interface RecordImporter {

	/** {@code contact}, {@code company}, {@code deal}. */
	String recordType();

	/** The permission an import of this type needs. */
	default String permission() {
		return recordType() + ":write";
	}

	/** The standard targets, in the order the mapping screen offers them (custom fields follow). */
	List<String> targets();

	/** What the mapping lacks for rows to be storable (no column for a name or an email, say); empty when fine. */
	List<String> mappingProblems(ImportMapping mapping);

	/**
	 * What one checked row would do.
	 * @param key what identifies the row among the file's rows (its email, domain or name), null for none
	 * @param phoneKey its phone number, for matching by phone
	 * @param matched whether it matches a stored record, and {@code byPhoneOnly} whether only by phone
	 */
	record Checked(List<ImportRowError> errors, boolean matched, boolean byPhoneOnly, @Nullable String key,
			@Nullable String phoneKey) {
	}

	/** Checks rows without storing anything (the dry run). */
	List<Checked> check(List<CsvRow> rows, ImportMapping mapping, boolean matchPhone, String charset);

	enum Effect {
		CREATED, UPDATED, SKIPPED, REJECTED
	}

	record Stored(Effect effect, List<ImportRowError> errors) {
	}

	/** Lets the database plan for the record type's tables as an import has made them grow. */
	default void refreshStatistics() {
	}

	/** Stores rows in the caller's transaction. */
	List<Stored> store(List<CsvRow> rows, ImportMapping mapping, String duplicates, boolean matchPhone, UUID job,
			String charset);
}
