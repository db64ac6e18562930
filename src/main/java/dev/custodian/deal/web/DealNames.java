package dev.custodian.deal.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.custodian.deal.Deal;
import dev.custodian.deal.Pipeline;
import dev.custodian.deal.Stage;
import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.LinkableRecords;
import org.springframework.stereotype.Component;

/**
 * What deal pages show beside a deal's ids: owners' names, company and contact labels (through the
 * {@link LinkableRecords} of their kinds, which check the reader's permission and audit what they open), stage names.
 */
@Component
class DealNames {

	private final UserManagement users;

	private final Map<String, LinkableRecords> links = new HashMap<>();

	DealNames(UserManagement users, List<LinkableRecords> links) {
		this.users = users;
		links.forEach(l -> this.links.putIfAbsent(l.kind(), l));
	}

	/** The users a deal may be given to. */
	List<UserAccount> owners() {
		return users.activeUsers();
	}

	/** The display names of the deals' owners, disabled ones too. */
	Map<UUID, String> ownerNames(Collection<Deal> deals) {
		Map<UUID, String> names = new HashMap<>();
		owners().forEach(u -> names.put(u.id().value(), u.displayName()));
		deals.stream().map(Deal::ownerId).filter(id -> !names.containsKey(id)).distinct()
			.forEach(id -> users.find(new UserId(id)).ifPresent(u -> names.put(id, u.displayName())));
		return names;
	}

	/** The display names of the given users. */
	Map<UUID, String> ownerNamesOf(Collection<UUID> ids) {
		Map<UUID, String> names = new HashMap<>();
		ids.forEach(id -> users.find(new UserId(id)).ifPresent(u -> names.put(id, u.displayName())));
		return names;
	}

	Map<UUID, String> companies(Collection<Deal> deals) {
		return labels("company", deals.stream().filter(d -> d.companyId() != null).map(d -> (UUID) d.companyId())
			.distinct().toList());
	}

	Map<UUID, String> contacts(Collection<UUID> ids) {
		return labels("contact", ids);
	}

	Map<UUID, String> labels(String kind, Collection<UUID> ids) {
		LinkableRecords records = links.get(kind);
		return records == null || ids.isEmpty() ? Map.of() : records.labels(ids);
	}

	static Map<UUID, String> stageNames(List<Pipeline> pipelines) {
		Map<UUID, String> names = new HashMap<>();
		pipelines.forEach(p -> p.stages().forEach(s -> names.put(s.id(), s.name())));
		return names;
	}

	static Map<UUID, Stage> stages(List<Pipeline> pipelines) {
		Map<UUID, Stage> stages = new HashMap<>();
		pipelines.forEach(p -> p.stages().forEach(s -> stages.put(s.id(), s)));
		return stages;
	}
}
