package dev.custodian.deal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.custodian.audit.AuditAction;
import dev.custodian.audit.AuditLog;
import dev.custodian.shared.ConflictException;
import dev.custodian.shared.DbTime;
import dev.custodian.shared.Ids;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.StaleVersionException;
import dev.custodian.shared.Text;
import dev.custodian.shared.Violations;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of reasons a deal is lost: read with {@code deal:read}, kept by administrators ({@code user:admin}).
 * Names are unique whatever the case; a reason lost deals name is not removed (409 with the count). Changes are
 * audited as {@code lost-reason}, which holds no personal data.
 */
@Service
public class LostReasons {

	private final LostReasonStore store;

	private final AuditLog audit;

	LostReasons(LostReasonStore store, AuditLog audit) {
		this.store = store;
		this.audit = audit;
	}

	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public List<LostReason> all() {
		return store.all();
	}

	/** @throws NotFoundException when there is no such reason */
	@PreAuthorize("hasAuthority('deal:read')")
	@Transactional(readOnly = true)
	public LostReason get(UUID id) {
		return store.byId(id).orElseThrow(() -> new NotFoundException("lost-reason", id));
	}

	/**
	 * @throws dev.custodian.shared.InvalidInputException naming every invalid field
	 * @throws ConflictException when another reason has the name ({@code existingLostReasonId})
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public LostReason create(@Nullable String name, @Nullable Integer displayOrder) {
		String cleaned = checked(name, displayOrder, null);
		Instant now = DbTime.now();
		int order = displayOrder != null ? displayOrder : Math.min(store.maxDisplayOrder() + 10, 10_000);
		LostReason reason = new LostReason(Ids.newId(), cleaned, order, now, now, 0);
		store.insert(reason);
		audit.record(AuditAction.CREATE, "lost-reason", reason.id(), List.of());
		return reason;
	}

	/** Renames the reason and sets where it is listed; a null order keeps it. */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public LostReason change(UUID id, @Nullable String name, @Nullable Integer displayOrder, long expectedVersion) {
		LostReason current = locked(id, expectedVersion);
		String cleaned = checked(name, displayOrder, id);
		LostReason changed = new LostReason(id, cleaned,
				displayOrder == null ? current.displayOrder() : displayOrder, current.createdAt(), DbTime.now(),
				current.version() + 1);
		store.update(changed);
		audit.record(AuditAction.UPDATE, "lost-reason", id, List.of());
		return changed;
	}

	/** @throws ConflictException when lost deals name the reason */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	public void delete(UUID id, @Nullable Long expectedVersion) {
		LostReason current = store.lockedById(id).orElseThrow(() -> new NotFoundException("lost-reason", id));
		if (expectedVersion != null && expectedVersion != current.version()) {
			throw new StaleVersionException(current.version());
		}
		long deals = store.dealsWith(id);
		if (deals > 0) {
			throw new ConflictException("Lost deals name this reason", Map.of("deals", deals));
		}
		store.delete(id);
		audit.record(AuditAction.DELETE, "lost-reason", id, List.of());
	}

	private LostReason locked(UUID id, long expectedVersion) {
		LostReason current = store.lockedById(id).orElseThrow(() -> new NotFoundException("lost-reason", id));
		if (current.version() != expectedVersion) {
			throw new StaleVersionException(current.version());
		}
		return current;
	}

	/** Everything wrong with a reason's name and display order (not whether the name is free), saving nothing. */
	public Violations problemsWith(@Nullable String name, @Nullable Integer displayOrder) {
		Violations violations = new Violations();
		String cleaned = Text.limited(name, 100, "name", violations);
		if (cleaned == null && !violations.has("name")) {
			violations.add("name", "is required");
		}
		if (displayOrder != null && (displayOrder < 0 || displayOrder > 10_000)) {
			violations.add("displayOrder", "must be between 0 and 10000");
		}
		return violations;
	}

	private String checked(@Nullable String name, @Nullable Integer displayOrder, @Nullable UUID self) {
		problemsWith(name, displayOrder).throwIfAny();
		String cleaned = Text.clean(name);
		store.idByName(Objects.requireNonNull(cleaned)).filter(other -> !other.equals(self)).ifPresent(other -> {
			throw new ConflictException("Another lost reason has this name", Map.of("existingLostReasonId", other));
		});
		return cleaned;
	}
}
