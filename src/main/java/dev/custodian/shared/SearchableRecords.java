package dev.custodian.shared;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A kind of record the global search box finds. The module that owns the kind implements it as a bean and
 * searches its own tables in its own way (contacts through the vault's blind indexes, companies by name, deals by
 * name, tickets by subject); the search module asks every bean and groups the hits by kind.
 *
 * <p>Implementations answer nothing when the signed-in caller may not read the kind, leave out restricted people
 * for callers who may not see them, and audit the personal data their hits show like any other list read.
 */
public interface SearchableRecords {

	/** The kind's name, as {@link LinkableRecords#kind()}: {@code contact}, {@code company}, {@code deal}, … */
	String kind();

	/** At most {@code limit} records matching the text (already trimmed, never blank), best matches first. */
	List<Hit> search(String text, int limit);

	/**
	 * One search result.
	 *
	 * @param kind the record's kind
	 * @param id the record's id
	 * @param label what the result shows first (a name, a subject)
	 * @param detail a second line (an email, a company, an amount and stage), or null
	 * @param path the record's web page
	 */
	record Hit(String kind, UUID id, String label, @Nullable String detail, String path) {
	}
}
