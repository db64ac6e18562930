package dev.custodian.audit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.PersonalDataHolder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit trail's part of every data-subject request. Its export is who read or changed the person's data, when
 * and how: the recipients of Art. 15(1)(c). Erasure keeps the entries, each with the legal reason: they are the proof
 * of lawful processing and hold ids and actions only, no personal value. Entries are never edited or listed by
 * subject outside the audit pages, so there is nothing to restrict.
 */
@Component
class AuditHolder implements PersonalDataHolder {

	static final String KEPT = "Art. 17(3)(b) and (e), Art. 5(2): the audit trail is the proof that the data was "
			+ "processed lawfully (accountability); an entry holds ids and actions only, no personal value";

	/** The tables of the module that carry a subject id, as declared. */
	static final List<String> TABLES = AuditDeclarations.FIELDS.stream()
		.filter(f -> f.column().equals("subject_id"))
		.map(FieldDeclaration::table)
		.distinct()
		.toList();

	private final AuditEvents events;

	private final List<ActorNames> actorNames;

	AuditHolder(AuditEvents events, List<ActorNames> actorNames) {
		this.events = events;
		this.actorNames = actorNames;
	}

	@Override
	public String module() {
		return "audit";
	}

	@Override
	public List<String> tables() {
		return TABLES;
	}

	/**
	 * One record per entry naming the subject, oldest first: when, who (by name for a caller who may read the trail,
	 * otherwise by kind and id), through which channel, what was done to which kind of record, and the outcome.
	 */
	@Override
	public List<ExportedRecord> export(UUID subject) {
		List<AuditEntry> entries = events.naming(subject);
		Map<String, String> names = names(entries);
		return entries.stream().map(entry -> new ExportedRecord("audit-entry", entry.id().toString(), List.of(
				new ExportedValue("occurredAt", null, entry.occurredAt().toString()),
				new ExportedValue("actor", null, actor(entry, names)),
				new ExportedValue("channel", null, channel(entry.actorType())),
				new ExportedValue("action", null, entry.action()),
				new ExportedValue("recordType", null, entry.resourceType()),
				new ExportedValue("outcome", null, entry.outcome())))).toList();
	}

	/** Keeps every entry, each reported with the reason. */
	@Override
	public ErasureOutcome erase(UUID subject) {
		return new ErasureOutcome(module(), 0, events.naming(subject)
			.stream()
			.map(entry -> new KeptRecord("audit-entry", entry.id().toString(), KEPT))
			.toList());
	}

	@Override
	public void restrict(UUID subject) {
		// entries are never edited, and only the audit pages (ADMIN, DPO) list them
	}

	@Override
	public void lift(UUID subject) {
		// nothing was restricted
	}

	@Override
	public boolean holds(UUID subject) {
		return events.namesAny(subject);
	}

	private Map<String, String> names(List<AuditEntry> entries) {
		Set<String> ids = new LinkedHashSet<>();
		entries.stream().map(AuditEntry::actorId).filter(Objects::nonNull).forEach(ids::add);
		Map<String, String> names = new HashMap<>();
		if (!ids.isEmpty() && mayReadTrail()) {
			actorNames.forEach(source -> names.putAll(source.namesOf(ids)));
		}
		return names;
	}

	private static String actor(AuditEntry entry, Map<String, String> names) {
		if (entry.actorId() == null) {
			return entry.actorType();
		}
		return names.getOrDefault(entry.actorId(), entry.actorType() + " " + entry.actorId());
	}

	private static String channel(String actorType) {
		return switch (actorType) {
			case "user" -> "web UI, or API with a password";
			case "token" -> "API token";
			case "system" -> "Custodian itself (a background job)";
			case "anonymous" -> "not signed in";
			case "subject" -> "the person themselves";
			default -> actorType;
		};
	}

	private static boolean mayReadTrail() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch("audit:read"::equals);
	}
}
