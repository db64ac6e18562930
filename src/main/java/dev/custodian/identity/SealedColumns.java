package dev.custodian.identity;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.custodian.catalog.FieldDeclaration;
import dev.custodian.vault.KeyRing;
import org.jspecify.annotations.Nullable;

/**
 * Seals identity values exactly where the data catalogue says they are sealed: a user's names and the second-factor
 * secret, each under the user's own data key and bound to its table and column. Sealing a column the catalogue does
 * not declare sealed is refused, so the declaration stays the one list.
 */
final class SealedColumns {

	/** Every {@code table.column} the identity module declares personal and sealed. */
	static final Set<String> SEALED = IdentityDeclarations.FIELDS.stream()
		.filter(field -> field.personal() && field.protection().sealed())
		.map(FieldDeclaration::qualifiedColumn)
		.collect(Collectors.toUnmodifiableSet());

	private SealedColumns() {
	}

	/**
	 * Seals a value of a user; {@code null} stays {@code null}.
	 * @throws IllegalStateException when the catalogue does not declare the column sealed
	 */
	static byte @Nullable [] seal(KeyRing ring, UUID user, String table, String column, @Nullable String value) {
		if (!SEALED.contains(table + "." + column)) {
			throw new IllegalStateException(table + "." + column + " is not declared sealed in the data catalogue");
		}
		return ring.seal(user, table, column, value);
	}
}
