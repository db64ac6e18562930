package dev.custodian.identity;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import dev.custodian.shared.DbTime;
import dev.custodian.vault.KeyRing;
import org.jspecify.annotations.Nullable;

/**
 * A users row as stored: the user with their names still sealed (or, in a row older than sealing, as UTF-8 bytes),
 * until {@link #open} gives the user their names.
 */
record StoredUser(User user, byte @Nullable [] username, byte @Nullable [] displayName, boolean namesSealed) {

	/** Whether opening the names needs the user's key. */
	boolean sealed() {
		return namesSealed && !user.erased();
	}

	/** Sets the user's names; an erased user, or one whose key is gone, reads as a pseudonym. */
	void open(KeyRing ring) {
		UUID id = user.id;
		String pseudonym = User.pseudonym(id);
		if (user.erased() || (namesSealed && !ring.holds(id))) {
			user.username = pseudonym;
			user.displayName = pseudonym;
		}
		else if (!namesSealed) {
			user.username = text(username, pseudonym);
			user.displayName = text(displayName, user.username);
		}
		else {
			String name = ring.open(id, Users.TABLE, "username", username);
			user.username = name == null ? pseudonym : name;
			String display = ring.open(id, Users.TABLE, "display_name", displayName);
			user.displayName = display == null ? user.username : display;
		}
	}

	static StoredUser map(ResultSet rs, int n) throws SQLException {
		User user = new User(rs.getObject("id", UUID.class), "", "", Role.valueOf(rs.getString("role")),
				rs.getString("password_hash"), rs.getBoolean("enabled"), rs.getInt("failed_attempts"),
				DbTime.read(rs, "locked_until"), DbTime.required(rs, "created_at"), DbTime.required(rs, "updated_at"),
				rs.getLong("version"));
		user.passwordMustChange = rs.getBoolean("password_must_change");
		user.restrictedAt = DbTime.read(rs, "restricted_at");
		user.erasedAt = DbTime.read(rs, "erased_at");
		return new StoredUser(user, rs.getBytes("username"), rs.getBytes("display_name"), rs.getBoolean("names_sealed"));
	}

	private static String text(byte @Nullable [] bytes, String otherwise) {
		return bytes == null ? otherwise : new String(bytes, StandardCharsets.UTF_8);
	}
}
