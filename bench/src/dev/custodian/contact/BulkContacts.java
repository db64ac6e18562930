package dev.custodian.contact;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import dev.custodian.vault.BlindIndex;
import dev.custodian.vault.KeyRing;

/**
 * Contacts for the bench's bulk seeder: the row {@link Contacts#insert} writes (sealed by
 * {@link SealedContactRow#values}, with its email and phone indexes) and the blind prefix tokens of
 * {@link SearchTokens#of}, as CSV for PostgreSQL's {@code COPY}. The same code seals and tokenises; only the writing
 * is bulk. Lives in the contact module's package, in the bench only.
 */
public final class BulkContacts {

	/** The columns of {@link #rows}, in order. */
	public static final String COLUMNS = SealedContactRow.COLUMNS + ", subject_id, email_index, phone_index, "
			+ "search_version";

	private BulkContacts() {
	}

	/** Appends the contact's row to {@code contacts} and its search tokens to {@code tokens}. */
	public static void rows(Contact contact, KeyRing ring, BlindIndex index, StringBuilder contacts,
			StringBuilder tokens) {
		List<Object> values = SealedContactRow.values(contact, ring, index);
		for (Object value : values) {
			contacts.append(csv(value)).append(',');
		}
		contacts.append(SearchTokens.VERSION).append('\n');
		Set<String> all = SearchTokens.of(contact, index);
		for (String token : all) {
			tokens.append(token).append(',').append(contact.subjectId()).append('\n');
		}
	}

	private static String csv(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof byte[] bytes) {
			return "\\x" + HexFormat.of().formatHex(bytes);
		}
		String text = value.toString();
		return text.matches("[A-Za-z0-9 .:+_@-]*") ? text : '"' + text.replace("\"", "\"\"") + '"';
	}
}
