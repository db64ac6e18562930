package dev.custodian.shared;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * A kind of record that other records link to: an activity or a task is about a contact, a company, a deal or a
 * ticket. The module that owns the kind implements it as a bean; the modules that link (activities, tasks, search)
 * ask every bean, so they depend on no record module and no record module depends on them.
 *
 * <p>Implementations check the signed-in caller's read permission themselves and answer as if the record did not
 * exist when it is missing; they never throw for an unknown or unreadable id. Opening a sealed label is a read of
 * personal data and is audited by the implementation like any other read.
 */
public interface LinkableRecords {

	/** The kind's name in links and filters: {@code contact}, {@code company}, {@code deal} or {@code ticket}. */
	String kind();

	/**
	 * Whether a record of this kind with the id exists and the signed-in caller may read it (restricted people only
	 * for callers who may see them).
	 */
	boolean readable(UUID id);

	/**
	 * Whether a new activity or task may be linked to the record now: it is {@link #readable} and not restricted
	 * (Art. 18: a restricted person's data may only be stored, so nothing new is recorded about them).
	 */
	boolean linkable(UUID id);

	/**
	 * Short labels to show for the records (a contact's name, a deal's name, a ticket's subject), opened where
	 * sealed; ids that are unknown or that the caller may not read are left out.
	 */
	Map<UUID, String> labels(Collection<UUID> ids);

	/** The web page of the record, such as {@code /contacts/{id}}. */
	String path(UUID id);
}
