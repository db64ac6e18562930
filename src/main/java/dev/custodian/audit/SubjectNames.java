package dev.custodian.audit;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Turns data-subject ids into names for the audit page. The names are personal data, so the module holding them
 * implements this: it opens them only for a user allowed to read them, and records that read in the audit trail
 * like any other. The audit trail itself keeps ids only.
 */
public interface SubjectNames {

	/**
	 * Names of those of the given subjects the current user may read and that still exist; others are left out
	 * (erased people, or everyone for a user without the permission), and are shown by id.
	 */
	Map<UUID, String> namesOf(Collection<UUID> subjectIds);
}
