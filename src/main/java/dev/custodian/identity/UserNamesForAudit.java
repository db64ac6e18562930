package dev.custodian.identity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import dev.custodian.audit.ActorName;
import dev.custodian.audit.ActorNames;
import dev.custodian.shared.Ids;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * Shows staff users by display name and username on the audit page, and offers them as the actors to filter by.
 */
@Component
class UserNamesForAudit implements ActorNames {

	private final Users users;

	UserNamesForAudit(Users users) {
		this.users = users;
	}

	@Override
	@PreAuthorize("hasAuthority('audit:read')")
	public Map<String, String> namesOf(Collection<String> actorIds) {
		var ids = actorIds.stream().map(Ids::parseOrNull).filter(Objects::nonNull).distinct().toList();
		return users.byIds(ids).stream().collect(Collectors.toMap(user -> user.id.toString(), UserNamesForAudit::name));
	}

	@Override
	@PreAuthorize("hasAuthority('audit:read')")
	public List<ActorName> actors() {
		return users.all()
			.stream()
			.map(user -> new ActorName(user.id.toString(), name(user)))
			.sorted(Comparator.comparing(ActorName::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static String name(User user) {
		return user.displayName + " (" + user.username + ")";
	}
}
