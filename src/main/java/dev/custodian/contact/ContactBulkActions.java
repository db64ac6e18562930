package dev.custodian.contact;

import java.util.List;
import java.util.function.UnaryOperator;

import dev.custodian.identity.UserId;
import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.NotFoundException;
import dev.custodian.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes or deletes many contacts at once, all or nothing: each record goes through {@link ContactManagement}
 * as if changed on its own, so each is permission-checked, validated, locked and audited; if one fails, nothing
 * is changed.
 */
@Service
public class ContactBulkActions {

	/** At most one page of the list at once. */
	public static final int MAX = PageRequest.MAX_LIMIT;

	private final ContactManagement contacts;

	private final Contacts store;

	ContactBulkActions(ContactManagement contacts, Contacts store) {
		this.contacts = contacts;
		this.store = store;
	}

	/**
	 * Gives the contacts a new owner, who must be an active user.
	 * @throws InvalidInputException naming {@code ownerId} or {@code ids}
	 * @throws NotFoundException when one of them no longer exists
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional
	public int changeOwner(List<ContactId> ids, UserId owner) {
		return change(ids, form -> form.withOwnerId(owner.toString()));
	}

	/**
	 * Moves the contacts to a lifecycle stage.
	 * @throws InvalidInputException naming {@code ids}
	 * @throws NotFoundException when one of them no longer exists
	 */
	@PreAuthorize("hasAuthority('contact:write')")
	@Transactional
	public int changeStage(List<ContactId> ids, LifecycleStage stage) {
		return change(ids, form -> form.withLifecycleStage(stage.code()));
	}

	/**
	 * Deletes the contacts, each erased as {@link ContactManagement#delete} erases one.
	 * @throws InvalidInputException naming {@code ids}
	 * @throws NotFoundException when one of them no longer exists
	 */
	@PreAuthorize("hasAuthority('contact:delete')")
	@Transactional
	public int delete(List<ContactId> ids) {
		check(ids);
		ids.forEach(id -> contacts.delete(id, null));
		return ids.size();
	}

	private int change(List<ContactId> ids, UnaryOperator<ContactForm> change) {
		check(ids);
		for (ContactId id : ids) {
			// the version read here is checked again under the row lock, so a change made meanwhile is not lost
			long version = store.byId(id.value()).orElseThrow(() -> new NotFoundException("contact", id)).version();
			contacts.patch(id, change, version);
		}
		return ids.size();
	}

	private static void check(List<ContactId> ids) {
		if (ids.isEmpty()) {
			throw InvalidInputException.of("ids", "select at least one contact");
		}
		if (ids.size() > MAX) {
			throw InvalidInputException.of("ids", "must name at most " + MAX + " contacts at once");
		}
		if (ids.stream().distinct().count() != ids.size()) {
			throw InvalidInputException.of("ids", "must name each contact once");
		}
	}
}
