package dev.custodian.vault;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.springframework.context.ApplicationContext;

/**
 * Data keys for the bench's bulk seeder, made as {@link KeyStore#create} makes them (a fresh AES-256 key per subject,
 * wrapped by the current master key and bound to the subject), but handed back as rows for PostgreSQL's
 * {@code COPY} instead of one insert each. Lives in the vault's package, in the bench only: nothing in the
 * application can write keys in bulk.
 */
public final class BulkKeys {

	private final MasterKey master;

	private final Vault vault;

	public BulkKeys(ApplicationContext app) {
		this.master = app.getBean(MasterKeys.class).current();
		this.vault = app.getBean(Vault.class);
	}

	/** A key ring with a new key for each subject, and their {@code vault.data_keys} rows appended as CSV. */
	public KeyRing create(List<UUID> subjects, StringBuilder csv, String createdAt) {
		Map<UUID, SecretKey> keys = new HashMap<>();
		for (UUID subject : subjects) {
			SecretKey key = Aead.newKey();
			keys.put(subject, key);
			byte[] wrapped = Aead.encrypt(master.key(), key.getEncoded(), "custodian/data-key/" + subject);
			csv.append(subject).append(',').append(master.id()).append(",\\x")
				.append(java.util.HexFormat.of().formatHex(wrapped)).append(',').append(createdAt).append('\n');
		}
		return new KeyRing(keys);
	}

	public BlindIndex index() {
		return vault.index();
	}
}
