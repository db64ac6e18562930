package dev.custodian.activity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.activity.ActivitySealing.Content;
import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.company.Company;
import dev.custodian.company.CompanyId;
import dev.custodian.company.CompanyManagement;
import dev.custodian.shared.CountedPage;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.RestrictedException;
import dev.custodian.shared.SignedInUser;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import dev.custodian.vault.KeyRing;
import dev.custodian.vault.Vault;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notes, calls, meetings and emails: logged with {@code activity:write}, read with {@code activity:read}, deleted
 * with {@code activity:delete}. Each is linked to at least one contact, company, deal or ticket the caller may link
 * to; its content is sealed once per contact it concerns (linked or taking part), or under a key of its own when it
 * concerns none. Activities about a restricted person (Art. 18) are left out for callers without
 * {@code restricted:read} and refuse changes. Every read and change is audited with ids only, never content; every
 * new activity is announced as {@link ActivityLogged} in the storing transaction.
 */
@Service
public class Activities {

	/** The resource type of audit entries and not-found answers. */
	public static final String RECORD_TYPE = "activity";

	private final ActivityStore store;

	private final ActivityListing listing;

	private final ActivityReader reader;

	private final ActivityRules rules;

	private final Vault vault;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CompanyManagement companies;

	Activities(ActivityStore store, ActivityListing listing, ActivityReader reader, ActivityRules rules, Vault vault,
			AuditLog audit, ApplicationEventPublisher events, CompanyManagement companies) {
		this.companies = companies;
		this.store = store;
		this.listing = listing;
		this.reader = reader;
		this.rules = rules;
		this.vault = vault;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Logs an activity; without {@code occurredAt} it happened now.
	 * @throws InvalidInputException naming every invalid field, each unlinkable record and person among them
	 */
	@PreAuthorize("hasAuthority('activity:write')")
	@Transactional
	public Activity create(ActivityForm form) {
		rules.problemsWith(form).throwIfAny();
		ActivityType type = ActivityType.fromCode(form.type()).orElseThrow();
		UUID id = Ids.newId();
		Instant now = DbTime.now();
		ActivityChanges content = cleaned(form.changes(), now);
		List<UUID> takingPart = form.peopleIds().stream().distinct().toList();
		List<UUID> users = form.userIds().stream().distinct().toList();
		// the contacts taking part are linked too, so the activity is on their timelines
		List<UUID> concerned = java.util.stream.Stream.concat(form.contactIds().stream(), takingPart.stream())
			.distinct().toList();
		List<ActivityLink> links = new ArrayList<>();
		concerned.forEach(c -> links.add(new ActivityLink("contact", c)));
		addLink(links, "company", form.companyId());
		addLink(links, "deal", form.dealId());
		addLink(links, "ticket", form.ticketId());
		// a sole trader is a person: the activity keeps a copy under their key as for a contact
		UUID soleTrader = form.companyId() == null ? null
				: companies.find(new CompanyId(form.companyId())).map(Company::subjectId).orElse(null);
		List<UUID> people = soleTrader == null ? concerned
				: java.util.stream.Stream.concat(concerned.stream(), java.util.stream.Stream.of(soleTrader))
					.distinct().toList();
		if (soleTrader != null) {
			vault.ensureSubject(soleTrader);
		}
		List<UUID> keyHolders = people.isEmpty() ? List.of(id) : people;
		KeyRing ring = people.isEmpty() ? vault.newSubject(id) : vault.ring(people);
		ActivityRow row = new ActivityRow(id, type, Objects.requireNonNull(content.occurredAt()), content.endsAt(),
				content.direction(), content.durationSeconds(), content.outcome(), currentUser(), now, now, 0);
		store.insert(row, links, takingPart, users,
				keyHolders.stream().map(s -> ActivitySealing.seal(ring, s, id, content)).toList());
		audit.record(AuditAction.CREATE, RECORD_TYPE, id, people);
		events.publishEvent(new ActivityLogged(id, type.code(), row.direction(), row.occurredAt(), row.authorId(),
				links.stream().map(l -> new ActivityLogged.Link(l.kind(), l.id())).toList()));
		return ActivityReader.activity(row, new Content(content.subject(), content.body(), content.location()), links,
				takingPart, users, false);
	}

	/** @throws NotFoundException when there is no such activity, or it is restricted and hidden from the caller */
	@PreAuthorize("hasAuthority('activity:read')")
	@Transactional
	public Activity get(UUID id) {
		return reader.read(store.byIds(List.of(id)), ActivityAccess.seesRestricted(), id).stream().findFirst()
			.orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
	}

	/** One page of activities, newest first, with how many match. */
	@PreAuthorize("hasAuthority('activity:read')")
	@Transactional
	public CountedPage<Activity> list(ActivityQuery query) {
		boolean withRestricted = ActivityAccess.seesRestricted();
		var page = listing.page(query, withRestricted);
		List<Activity> items = reader.read(page.items(), withRestricted, null);
		var count = listing.count(query, withRestricted);
		return new CountedPage<>(items, page.nextCursor(), count.value(), count.exact());
	}

	/**
	 * Sets an activity's content and times (its type, links and people stay).
	 * @throws InvalidInputException naming every invalid field
	 * @throws StaleVersionException when it is no longer at {@code expectedVersion}
	 * @throws RestrictedException when a person it concerns is restricted
	 */
	@PreAuthorize("hasAuthority('activity:write')")
	@Transactional
	public Activity update(UUID id, ActivityChanges changes, long expectedVersion) {
		ActivityRow current = locked(id, expectedVersion);
		rules.problemsWith(current.type(), changes).throwIfAny();
		ActivityChanges content = cleaned(changes, current.occurredAt());
		List<ActivitySealing.Copy> copies = store.copies(List.of(id)).getOrDefault(id, List.of());
		KeyRing ring = vault.ring(copies.stream().map(ActivitySealing.Copy::subjectId).toList());
		ActivityRow changed = current.changed(content, DbTime.now());
		store.update(changed, copies.stream().filter(c -> ring.holds(c.subjectId()))
			.map(c -> ActivitySealing.seal(ring, c.subjectId(), id, content)).toList());
		audit.record(AuditAction.UPDATE, RECORD_TYPE, id, reader.subjects(List.of(id)));
		return get(id);
	}

	/**
	 * Deletes an activity with its copies; one sealed under its own key has that key destroyed too.
	 * @param expectedVersion the version the caller saw, or null to delete whatever is stored
	 */
	@PreAuthorize("hasAuthority('activity:delete')")
	@Transactional
	public void delete(UUID id, @Nullable Long expectedVersion) {
		ActivityRow current = store.lockedById(id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
		if (expectedVersion != null && current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		checkNotRestricted(id);
		List<UUID> subjects = reader.subjects(List.of(id));
		boolean ownKey = store.copies(List.of(id)).getOrDefault(id, List.of()).stream()
			.anyMatch(c -> c.subjectId().equals(id));
		store.delete(id);
		if (ownKey) {
			vault.shred(id);
		}
		audit.record(AuditAction.DELETE, RECORD_TYPE, id, subjects);
	}

	/** Everything wrong with a new activity, without saving anything. */
	public List<dev.custodian.shared.FieldViolation> problemsWith(ActivityForm form) {
		return rules.problemsWith(form).list();
	}

	/** Everything wrong with an activity's new content and times, without saving anything. */
	public List<dev.custodian.shared.FieldViolation> problemsWith(ActivityType type, ActivityChanges changes) {
		return rules.problemsWith(type, changes).list();
	}

	private ActivityRow locked(UUID id, long expectedVersion) {
		ActivityRow current = store.lockedById(id).orElseThrow(() -> new NotFoundException(RECORD_TYPE, id));
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		checkNotRestricted(id);
		return current;
	}

	private void checkNotRestricted(UUID id) {
		if (store.copies(List.of(id)).getOrDefault(id, List.of()).stream().anyMatch(c -> c.restrictedAt() != null)) {
			if (!ActivityAccess.seesRestricted()) {
				throw new NotFoundException(RECORD_TYPE, id);
			}
			throw new RestrictedException();
		}
	}

	private static ActivityChanges cleaned(ActivityChanges c, Instant defaultTime) {
		Instant occurredAt = c.occurredAt() == null ? defaultTime : c.occurredAt().truncatedTo(ChronoUnit.MICROS);
		return new ActivityChanges(Text.clean(c.subject()), Text.clean(c.body()), occurredAt,
				c.endsAt() == null ? null : c.endsAt().truncatedTo(ChronoUnit.MICROS), c.direction(),
				c.durationSeconds(), c.outcome(), Text.clean(c.location()));
	}

	private static void addLink(List<ActivityLink> links, String kind, @Nullable UUID id) {
		if (id != null) {
			links.add(new ActivityLink(kind, id));
		}
	}

	private static @Nullable UUID currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user.userId()
				: null;
	}
}
