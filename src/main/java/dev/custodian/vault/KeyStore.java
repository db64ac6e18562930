package dev.custodian.vault;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.SecretKey;

import dev.custodian.shared.DbTime;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The wrapped keys in the {@code vault} schema. Unwrapping needs the master key the row names; nothing here ever
 * stores a key in the clear.
 */
@Repository
class KeyStore {

	private final JdbcClient jdbc;

	private final MasterKeys masterKeys;

	KeyStore(JdbcClient jdbc, MasterKeys masterKeys) {
		this.jdbc = jdbc;
		this.masterKeys = masterKeys;
	}

	/** Creates and stores a fresh data key for the subject, wrapped by the current master key. */
	SecretKey create(UUID subject) {
		SecretKey key = Aead.newKey();
		MasterKey master = masterKeys.current();
		jdbc.sql("insert into vault.data_keys (subject_id, master_key_id, wrapped_key, created_at) values (?, ?, ?, ?)")
			.params(subject, master.id(), wrap(master, subject, key), DbTime.param(DbTime.now()))
			.update();
		return key;
	}

	/** Creates and stores fresh data keys for new subjects in one bulk write; see {@link #create}. */
	Map<UUID, SecretKey> createAll(Collection<UUID> subjects, javax.sql.DataSource dataSource) {
		MasterKey master = masterKeys.current();
		Map<UUID, SecretKey> keys = new HashMap<>();
		List<Object[]> rows = new java.util.ArrayList<>(subjects.size());
		java.time.OffsetDateTime now = DbTime.param(DbTime.now());
		for (UUID subject : subjects) {
			SecretKey key = Aead.newKey();
			keys.put(subject, key);
			rows.add(new Object[] { subject, master.id(), wrap(master, subject, key), now });
		}
		dev.custodian.shared.BulkRows.insert(dataSource, "vault.data_keys",
				List.of("subject_id", "master_key_id", "wrapped_key", "created_at"), rows);
		return keys;
	}

	/** The unwrapped data keys of those subjects that have one. */
	Map<UUID, SecretKey> load(Collection<UUID> subjects) {
		Map<UUID, SecretKey> keys = new HashMap<>();
		if (subjects.isEmpty()) {
			return keys;
		}
		jdbc.sql("select subject_id, master_key_id, wrapped_key from vault.data_keys where subject_id in (:ids)")
			.param("ids", subjects)
			.query((rs, row) -> {
				UUID subject = rs.getObject(1, UUID.class);
				keys.put(subject, unwrap(rs.getString(2), subject, rs.getBytes(3)));
				return subject;
			})
			.list();
		return keys;
	}

	/** Destroys the subject's data key; returns whether there was one. */
	boolean destroy(UUID subject) {
		return jdbc.sql("delete from vault.data_keys where subject_id = ?").param(subject).update() == 1;
	}

	long count() {
		return jdbc.sql("select count(*) from vault.data_keys").query(Long.class).single();
	}

	long countWrappedWithOtherThan(String masterKeyId) {
		return jdbc.sql("select count(*) from vault.data_keys where master_key_id <> ?")
			.param(masterKeyId)
			.query(Long.class)
			.single();
	}

	boolean hasIndexKey() {
		return jdbc.sql("select count(*) from vault.index_key").query(Long.class).single() > 0;
	}

	List<String> masterKeyIdsInUse() {
		return jdbc.sql("select distinct master_key_id from vault.data_keys union select master_key_id from vault.index_key "
				+ "union select master_key_id from vault.service_keys")
			.query(String.class)
			.list();
	}

	/**
	 * Re-wraps up to {@code batch} data keys still wrapped by an older master key. Rows another node is working on
	 * are skipped, not waited for, so several nodes share the work without doing any of it twice.
	 * @return how many keys were re-wrapped
	 */
	int rewrapBatch(int batch) {
		return rewrapBatch(batch, null).claimed();
	}

	/**
	 * Re-wraps the next keys after {@code after} (in subject order). A key that cannot be unwrapped is reported and
	 * left as it is, so one damaged row cannot stall the rotation of all the others.
	 */
	Progress rewrapBatch(int batch, @Nullable UUID after) {
		MasterKey current = masterKeys.current();
		List<Object[]> rows = jdbc.sql("select subject_id, master_key_id, wrapped_key from vault.data_keys "
				+ "where master_key_id <> ?" + (after == null ? "" : " and subject_id > ?")
				+ " order by subject_id limit ? for update skip locked")
			.params(after == null ? List.of(current.id(), batch) : List.of(current.id(), after, batch))
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3) })
			.list();
		List<UUID> failed = new ArrayList<>();
		UUID last = after;
		for (Object[] row : rows) {
			UUID subject = (UUID) row[0];
			last = subject;
			SecretKey key;
			try {
				key = unwrap((String) row[1], subject, (byte[]) row[2]);
			}
			catch (VaultException ex) {
				failed.add(subject);
				continue;
			}
			jdbc.sql("update vault.data_keys set master_key_id = ?, wrapped_key = ? where subject_id = ?")
				.params(current.id(), wrap(current, subject, key), subject)
				.update();
		}
		return new Progress(rows.size(), rows.size() - failed.size(), failed, last);
	}

	/** What one batch did: rows claimed, keys re-wrapped, keys that could not be unwrapped, the last subject seen. */
	record Progress(int claimed, int rewrapped, List<UUID> failed, @Nullable UUID last) {
	}

	/** The blind-index key, created on first use of an empty vault, re-wrapped when the master key changed. */
	byte[] indexKey() {
		return singletonKey(new Slot("vault.index_key", "id", 1, "custodian/index-key", "blind-index key"));
	}

	/**
	 * A key of the installation itself (not of a subject), such as the audit key: created on first use, wrapped
	 * by the master key, re-wrapped when the master key changed.
	 */
	byte[] serviceKey(String name) {
		return singletonKey(new Slot("vault.service_keys", "name", name, "custodian/service-key/" + name, name + " key"));
	}

	/** Where a single wrapped key lives: its table, the key column and value of its row, its wrapping label. */
	private record Slot(String table, String column, Object value, String label, String what) {
	}

	private byte[] singletonKey(Slot slot) {
		Optional<Object[]> stored = jdbc
			.sql("select master_key_id, wrapped_key from " + slot.table() + " where " + slot.column() + " = ?")
			.param(slot.value())
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getBytes(2) })
			.optional();
		MasterKey current = masterKeys.current();
		if (stored.isEmpty()) {
			SecretKey key = Aead.newKey();
			try {
				jdbc.sql("insert into " + slot.table() + " (master_key_id, wrapped_key, " + slot.column()
						+ ") values (?, ?, ?)")
					.params(current.id(), Aead.encrypt(current.key(), key.getEncoded(), slot.label()), slot.value())
					.update();
			}
			catch (DuplicateKeyException ex) {
				return singletonKey(slot); // another node created it at the same moment: use theirs
			}
			return key.getEncoded();
		}
		String keyId = (String) stored.get()[0];
		MasterKey master = masterKeys.byId(keyId).orElseThrow(() -> missing(keyId));
		byte[] key;
		try {
			key = Aead.decrypt(master.key(), (byte[]) stored.get()[1], slot.label());
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("The " + slot.what() + " does not open with master key " + keyId, ex);
		}
		if (!keyId.equals(current.id())) {
			jdbc.sql("update " + slot.table() + " set master_key_id = ?, wrapped_key = ? where " + slot.column() + " = ?")
				.params(current.id(), Aead.encrypt(current.key(), key, slot.label()), slot.value())
				.update();
		}
		return key;
	}

	/**
	 * Subjects of sealed records (each query lists subject ids) that have no data key and no journalled erasure.
	 */
	List<UUID> subjectsWithoutKey(List<String> sealedSubjectQueries) {
		List<UUID> lost = new ArrayList<>();
		for (String query : sealedSubjectQueries) {
			lost.addAll(jdbc.sql("select distinct s.subject_id from (" + query + ") as s (subject_id) "
					+ "where not exists (select 1 from vault.data_keys k where k.subject_id = s.subject_id) "
					+ "and not exists (select 1 from vault.erasures e where e.subject_id = s.subject_id)")
				.query(UUID.class)
				.list());
		}
		return lost;
	}

	void recordErasure(UUID subject) {
		jdbc.sql("delete from vault.erasures where subject_id = ?").param(subject).update();
		jdbc.sql("insert into vault.erasures (subject_id, erased_at) values (?, ?)")
			.params(subject, DbTime.param(DbTime.now()))
			.update();
	}

	List<UUID> erasures() {
		return jdbc.sql("select subject_id from vault.erasures order by erased_at").query(UUID.class).list();
	}

	private static byte[] wrap(MasterKey master, UUID subject, SecretKey key) {
		return Aead.encrypt(master.key(), key.getEncoded(), "custodian/data-key/" + subject);
	}

	private SecretKey unwrap(String masterKeyId, UUID subject, byte[] wrapped) {
		MasterKey master = masterKeys.byId(masterKeyId).orElseThrow(() -> missing(masterKeyId));
		try {
			return Aead.key(Aead.decrypt(master.key(), wrapped, "custodian/data-key/" + subject));
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("The data key of subject " + subject + " does not open with master key "
					+ masterKeyId + ": it was altered", ex);
		}
	}

	private VaultException missing(String keyId) {
		return new VaultException("Keys are wrapped with master key " + keyId + ", which this node does not hold "
				+ "(it holds " + masterKeys.ids() + "). Add it to CUSTODIAN_PREVIOUS_MASTER_KEYS.");
	}
}
