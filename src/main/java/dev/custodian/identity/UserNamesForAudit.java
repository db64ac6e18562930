package dev.custodian.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.custodian.audit.ActorNames;
import dev.custodian.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * Shows staff users by display name and username on the audit page.
 */
@Component
class UserNamesForAudit implements ActorNames {

	private final Users users;

	UserNamesForAudit(Users users) {
		this.users = users;
	}

	@Override
	public Map<String, String> namesOf(Collection<String> actorIds) {
		var ids = actorIds.stream().map(Ids::parseOrNull).filter(Objects::nonNull).distinct().toList();
		return users.byIds(ids)
			.stream()
			.collect(Collectors.toMap(user -> user.id.toString(), user -> user.displayName + " (" + user.username + ")"));
	}
}
