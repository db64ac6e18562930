package dev.custodian.identity;

import java.util.List;

import dev.custodian.catalog.CatalogueDeclarations;
import dev.custodian.catalog.DataCategory;
import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.catalog.Protection;
import org.springframework.stereotype.Component;

import static dev.custodian.catalog.FieldDeclaration.notPersonal;

/**
 * The data catalogue's declaration of the user tables. Users are data subjects too; their names are stored in the
 * clear today, which the catalogue's minimisation report says.
 */
@Component
class IdentityDeclarations implements CatalogueDeclarations {

	private static final String BOOKKEEPING = "account bookkeeping";

	private static final List<FieldDeclaration> FIELDS = List.of(notPersonal("user", "users", "id", "random identifier"),
			FieldDeclaration.personal("user", "username", "users", "username", DataCategory.IDENTITY_NAME,
					Protection.CLEAR),
			FieldDeclaration.personal("user", "displayName", "users", "display_name", DataCategory.IDENTITY_NAME,
					Protection.CLEAR),
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
			notPersonal("second-factor", "user_second_factors", "user_id", "random identifier"),
			FieldDeclaration.personal("second-factor", "totpSecret", SecondFactors.TABLE, SecondFactors.COLUMN,
					DataCategory.ONLINE_CREDENTIAL, Protection.SEALED),
			notPersonal("second-factor", "user_second_factors", "confirmed_at", BOOKKEEPING),
			notPersonal("second-factor", "user_second_factors", "last_step", "replay guard counter"),
			notPersonal("second-factor", "user_second_factors", "created_at", BOOKKEEPING));

	@Override
	public String module() {
		return "identity";
	}

	@Override
	public List<FieldDeclaration> fields() {
		return FIELDS;
	}
}
