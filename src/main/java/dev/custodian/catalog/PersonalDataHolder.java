package dev.custodian.catalog;

import java.util.List;
import java.util.UUID;

/**
 * The one interface every module that stores data about a person implements, for its own tables. The privacy
 * module discovers every implementation and builds data-subject requests on them (access and portability from
 * {@link #export}, erasure from {@link #erase}, restriction from {@link #restrict}); an architecture test fails when
 * a table with a {@code subject_id} column belongs to no holder, or when an export misses a field the catalogue
 * declares for the holder's tables.
 *
 * <p>Every method runs in the caller's transaction and is called by the privacy module only after it has checked
 * the caller's permission and written the audit entry; implementations neither check permissions nor audit.
 */
public interface PersonalDataHolder {

	/** The module's name, such as {@code contact}; the same as its {@link CatalogueDeclarations#module()}. */
	String module();

	/** Every table of the module that holds data about a subject (each table with a {@code subject_id} column). */
	List<String> tables();

	/**
	 * Everything the module holds about the subject, opened, each value tagged with its catalogue category;
	 * empty when it holds nothing. Restricted subjects are exported too: this is the data subject's own copy.
	 */
	List<ExportedRecord> export(UUID subject);

	/**
	 * Erases the subject from the module's tables: deletes the rows, or replaces the person by a tombstone where a
	 * record must stay, and reports what was erased and what was kept with the legal reason for keeping it.
	 * Erasing a subject the module does not know erases nothing and keeps nothing.
	 */
	ErasureOutcome erase(UUID subject);

	/**
	 * Marks the subject restricted (Art. 18): their records are only stored. They refuse edits, leave lists and
	 * exports for everyone but the data-protection officer, until {@link #lift} is called.
	 */
	void restrict(UUID subject);

	/** Lifts a restriction; lifting one that is not there does nothing. */
	void lift(UUID subject);

	/**
	 * Why the subject cannot be erased now, or null when nothing in this module stands in the way. The erasure then
	 * does nothing at all and the caller is told the reason: the subject's key is destroyed with every erasure, so
	 * a record that still needs it (an active user account, say) must be dealt with first.
	 */
	default @org.jspecify.annotations.Nullable String erasureRefusal(UUID subject) {
		return null;
	}

	/**
	 * Whether the module holds anything about the subject: the privacy module answers "no such subject" when no
	 * holder does. The default asks {@link #export}; a holder overrides it when a cheaper question will do.
	 */
	default boolean holds(UUID subject) {
		return !export(subject).isEmpty();
	}

	/**
	 * Whether the module holds the subject's records restricted (see {@link #restrict}). A module that keeps no
	 * restriction of its own (an audit trail, which is never edited or listed by subject) answers false.
	 */
	default boolean restricted(UUID subject) {
		return false;
	}

	/**
	 * One record of a subject's export.
	 *
	 * @param recordType the catalogue's record type, such as {@code contact}
	 * @param id the record's id
	 * @param values its fields, personal and not, each with its catalogue category (null for a field declared not
	 * personal)
	 */
	record ExportedRecord(String recordType, String id, List<ExportedValue> values) {

		public ExportedRecord {
			values = List.copyOf(values);
		}
	}

	/**
	 * One field of an exported record.
	 *
	 * @param field the catalogue's field name, such as {@code address.city} or {@code customFields.region}
	 * @param category the catalogue category code such as {@code contact.email}; null for a field not personal
	 * @param value the value: a string, number, boolean or list of strings
	 */
	record ExportedValue(String field, @org.jspecify.annotations.Nullable String category, Object value) {
	}

	/**
	 * What an erasure did in one module.
	 *
	 * @param erased how many records were deleted or replaced by a tombstone
	 * @param kept the records kept, each with its legal reason
	 */
	record ErasureOutcome(String module, long erased, List<KeptRecord> kept) {

		public ErasureOutcome {
			kept = List.copyOf(kept);
		}

		public static ErasureOutcome nothing(String module) {
			return new ErasureOutcome(module, 0, List.of());
		}
	}

	/**
	 * A record an erasure kept: which one, and why (the legal ground, such as "Art. 17(3)(e): audit trail of
	 * processing, kept as proof; holds no personal value").
	 */
	record KeptRecord(String recordType, String id, String reason) {
	}
}
