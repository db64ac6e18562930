package dev.custodian.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Turns actor ids into names people recognise, for the audit page. The audit trail stores only ids; the module
 * that owns the actors implements this, so the audit module needs to know nothing about users.
 */
public interface ActorNames {

	/** Names for those of the given actor ids that are known; unknown ids are left out. */
	Map<String, String> namesOf(Collection<String> actorIds);

	/** Every actor someone may pick to filter the trail by (disabled ones included: their past acts count), by name. */
	List<ActorName> actors();
}
