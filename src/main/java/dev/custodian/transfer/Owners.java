package dev.custodian.transfer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.custodian.identity.UserAccount;
import dev.custodian.identity.UserId;
import dev.custodian.identity.UserManagement;
import dev.custodian.shared.TextFolding;

/**
 * The users an owner column may name: by username or display name, case and accents ignored (CRM exports name
 * a record's owner by name).
 */
final class Owners {

	private final Map<String, UserId> byName = new HashMap<>();

	private Owners() {
	}

	static Owners of(UserManagement users) {
		Owners owners = new Owners();
		for (UserAccount user : users.activeUsers()) {
			owners.byName.putIfAbsent(user.username().toLowerCase(Locale.ROOT), user.id());
			owners.byName.putIfAbsent(TextFolding.fold(user.displayName()), user.id());
		}
		return owners;
	}

	Optional<UserId> find(String cell) {
		UserId id = byName.get(cell.strip().toLowerCase(Locale.ROOT));
		return Optional.ofNullable(id != null ? id : byName.get(TextFolding.fold(cell)));
	}
}
