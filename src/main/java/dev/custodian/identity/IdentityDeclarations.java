package dev.custodian.identity;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.Protection;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.FieldDeclaration.notPersonal;
import static dev.custodian.catalog.FieldDeclaration.personal;

/**
 * The data catalogue's declaration of the user tables. Users are data subjects too: their names are sealed under
 * their own data key ({@link SealedColumns} seals exactly the columns declared sealed here), and every table that
 * hangs off a user is declared column by column.
 */
@Component
class IdentityDeclarations implements CatalogueDeclarations {

	private static final String BOOKKEEPING = "account bookkeeping";

	private static final String RANDOM_ID = "random identifier";

	static final List<FieldDeclaration> FIELDS = List.of(notPersonal("user", "users", "id", RANDOM_ID),
			personal("user", "username", "users", "username", DataCategory.IDENTITY_NAME,
					Protection.SEALED_EXACT_SEARCHABLE),
			personal("user", "displayName", "users", "display_name", DataCategory.IDENTITY_NAME, Protection.SEALED),
			notPersonal("user", "users", "username_index",
					"keyed blind index of the sealed username, part of its protection; useless without the index key"),
			notPersonal("user", "users", "names_sealed", "whether the names are sealed yet (older rows are sealed at start)"),
			notPersonal("user", "users", "role", "role from a fixed list"),
			notPersonal("user", "users", "password_hash", "one-way password hash; reveals nothing about the person"),
			notPersonal("user", "users", "enabled", BOOKKEEPING),
			notPersonal("user", "users", "failed_attempts", BOOKKEEPING),
			notPersonal("user", "users", "locked_until", BOOKKEEPING),
			notPersonal("user", "users", "created_at", BOOKKEEPING),
			notPersonal("user", "users", "updated_at", BOOKKEEPING),
			notPersonal("user", "users", "version", "optimistic-locking counter"),
			notPersonal("user", "users", "password_must_change", BOOKKEEPING),
			notPersonal("user", "users", "time_zone", "display preference from a fixed list"),
			notPersonal("user", "users", "restricted_at", "when processing was restricted (Art. 18); bookkeeping"),
			notPersonal("user", "users", "erased_at", "when the former user was erased; bookkeeping"),
			notPersonal("second-factor", "user_second_factors", "user_id", RANDOM_ID),
			personal("second-factor", "totpSecret", SecondFactors.TABLE, SecondFactors.COLUMN,
					DataCategory.ONLINE_CREDENTIAL, Protection.SEALED),
			notPersonal("second-factor", "user_second_factors", "confirmed_at", BOOKKEEPING),
			notPersonal("second-factor", "user_second_factors", "last_step", "replay guard counter"),
			notPersonal("second-factor", "user_second_factors", "created_at", BOOKKEEPING),
			notPersonal("api-token", "api_tokens", "id", RANDOM_ID),
			notPersonal("api-token", "api_tokens", "user_id", RANDOM_ID),
			notPersonal("api-token", "api_tokens", "name",
					"label saying where a credential is used (laptop, CI), asked for as such"),
			notPersonal("api-token", "api_tokens", "token_hash", "SHA-256 of 256 random bits; reveals nothing"),
			notPersonal("api-token", "api_tokens", "scopes", "permissions from a fixed list"),
			notPersonal("api-token", "api_tokens", "created_at", BOOKKEEPING),
			notPersonal("api-token", "api_tokens", "expires_at", BOOKKEEPING),
			notPersonal("api-token", "api_tokens", "last_used_at", BOOKKEEPING),
			notPersonal("api-token", "api_tokens", "revoked_at", BOOKKEEPING),
			notPersonal("recovery-code", "recovery_codes", "user_id", RANDOM_ID),
			notPersonal("recovery-code", "recovery_codes", "code_hash", "SHA-256 of 80 random bits; reveals nothing"),
			notPersonal("recovery-code", "recovery_codes", "used_at", BOOKKEEPING),
			notPersonal("remembered-device", "remembered_devices", "token_hash",
					"SHA-256 of a random cookie; reveals nothing"),
			notPersonal("remembered-device", "remembered_devices", "user_id", RANDOM_ID),
			notPersonal("remembered-device", "remembered_devices", "created_at", BOOKKEEPING),
			notPersonal("remembered-device", "remembered_devices", "expires_at", BOOKKEEPING));

	@Override
	public String module() {
		return "identity";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
