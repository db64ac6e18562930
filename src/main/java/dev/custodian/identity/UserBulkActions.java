package dev.custodian.identity;

import java.util.HashSet;
import java.util.List;

import dev.custodian.shared.InvalidInputException;
import dev.custodian.shared.RetriedOnContention;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enables or disables several users at once, all or nothing: each goes through {@link UserManagement#update}, so
 * each is checked, audited and held to the rule that one enabled administrator must remain.
 */
@Service
public class UserBulkActions {

	/** The most users one action may name. */
	public static final int MOST = 200;

	private final UserManagement users;

	UserBulkActions(UserManagement users) {
		this.users = users;
	}

	/**
	 * @throws InvalidInputException when the selection is empty, too large or names a user twice
	 * @throws dev.custodian.shared.ConflictException when it would leave no enabled administrator (nothing changes)
	 */
	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional
	@RetriedOnContention
	public void setEnabled(List<UserId> selected, boolean enabled) {
		if (selected.isEmpty()) {
			throw InvalidInputException.of("ids", "select at least one user");
		}
		if (selected.size() > MOST || new HashSet<>(selected).size() != selected.size()) {
			throw InvalidInputException.of("ids", "must name each user once, at most " + MOST);
		}
		for (UserId id : selected) {
			UserAccount user = users.get(id);
			if (user.enabled() != enabled) {
				users.update(id, new UserForm(null, user.displayName(), user.role().name(), null, enabled),
						user.version());
			}
		}
	}
}
