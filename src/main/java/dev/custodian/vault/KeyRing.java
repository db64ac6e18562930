package dev.custodian.vault;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;

/**
 * The data keys of a set of subjects, ready to seal and open their values. Each value is bound to its table,
 * column and subject (the AEAD's associated data), so a ciphertext copied into another row or column fails to
 * open. Sealed values start with a format byte, so the scheme can change without ambiguity.
 */
public final class KeyRing {

	private static final byte FORMAT_AES_GCM = 1;

	private static final byte FORMAT_PLAIN = 0;

	private final Map<UUID, SecretKey> keys;

	private final boolean plain;

	KeyRing(Map<UUID, SecretKey> keys) {
		this(keys, false);
	}

	/**
	 * @param plain {@code true} only in benchmarks, which measure what sealing costs by switching it off; a
	 * running installation never constructs such a ring, and a plain value never opens in one that seals
	 */
	KeyRing(Map<UUID, SecretKey> keys, boolean plain) {
		this.keys = keys;
		this.plain = plain;
	}

	/** Seals a value for a subject; {@code null} stays {@code null}. */
	public byte @Nullable [] seal(UUID subject, String table, String column, @Nullable String value) {
		if (value == null) {
			return null;
		}
		if (plain) {
			byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
			byte[] out = new byte[bytes.length + 1];
			out[0] = FORMAT_PLAIN;
			System.arraycopy(bytes, 0, out, 1, bytes.length);
			return out;
		}
		byte[] message = Aead.encrypt(key(subject), value.getBytes(StandardCharsets.UTF_8),
				associatedData(subject, table, column));
		byte[] sealed = new byte[message.length + 1];
		sealed[0] = FORMAT_AES_GCM;
		System.arraycopy(message, 0, sealed, 1, message.length);
		return sealed;
	}

	/**
	 * Opens a sealed value; {@code null} stays {@code null}.
	 * @throws VaultException when the subject has no key (it was shredded) or the value fails authentication
	 */
	public @Nullable String open(UUID subject, String table, String column, byte @Nullable [] sealed) {
		if (sealed == null) {
			return null;
		}
		if (plain && sealed.length > 0 && sealed[0] == FORMAT_PLAIN) {
			return new String(sealed, 1, sealed.length - 1, StandardCharsets.UTF_8);
		}
		if (sealed.length < 2 || sealed[0] != FORMAT_AES_GCM) {
			throw new VaultException("The value of " + table + "." + column + " for subject " + subject
					+ " is not in a format this version can open");
		}
		byte[] message = new byte[sealed.length - 1];
		System.arraycopy(sealed, 1, message, 0, message.length);
		try {
			return new String(Aead.decrypt(key(subject), message, associatedData(subject, table, column)),
					StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("The value of " + table + "." + column + " for subject " + subject
					+ " failed authentication: it was altered or belongs elsewhere", ex);
		}
	}

	public boolean holds(UUID subject) {
		return keys.containsKey(subject);
	}

	private SecretKey key(UUID subject) {
		SecretKey key = keys.get(subject);
		if (key == null) {
			throw new VaultException("Subject " + subject + " has no data key: it was erased, or never stored");
		}
		return key;
	}

	private static String associatedData(UUID subject, String table, String column) {
		return table + "/" + column + "/" + subject;
	}
}
