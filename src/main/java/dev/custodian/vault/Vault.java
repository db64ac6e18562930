package dev.custodian.vault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.SecretKey;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Seals and opens personal values with per-subject data keys, computes blind indexes, and shreds keys. Any module
 * that stores personal data goes through here; no key ever leaves this module. Work joins the caller's
 * transaction, so a subject's key is created and destroyed atomically with its rows.
 *
 * <p>On start it checks the master key against the key store and refuses to run with the wrong one, naming the
 * key id it expected: it never shows garbage and never silently creates new keys for existing data.
 */
@Service
@DependsOnDatabaseInitialization
public class Vault implements InitializingBean {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Vault.class);

	private static final int CACHE_LIMIT = 50_000;

	private final KeyStore store;

	private final MasterKeys masterKeys;

	private final List<SealedData> holders;

	private final long cacheNanos;

	private final boolean acceptLostKeys;

	private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();

	private volatile BlindIndex index;

	private volatile MacKey auditKey;

	private volatile boolean sealingOffForBenchmark;

	private final javax.sql.DataSource dataSource;

	Vault(KeyStore store, MasterKeys masterKeys, List<SealedData> holders, javax.sql.DataSource dataSource,
			@Value("${custodian.vault.key-cache-ttl:PT5M}") Duration cacheTtl,
			@Value("${custodian.vault.accept-lost-keys:false}") boolean acceptLostKeys) {
		this.acceptLostKeys = acceptLostKeys;
		this.dataSource = dataSource;
		this.store = store;
		this.masterKeys = masterKeys;
		this.holders = holders;
		this.cacheNanos = cacheTtl.toNanos();
	}

	@Override
	public void afterPropertiesSet() {
		List<String> inUse = store.masterKeyIdsInUse();
		long sealed = holders.stream().mapToLong(SealedData::sealedRecords).sum();
		if (sealed > 0 && !store.hasIndexKey()) {
			throw new VaultException("The database holds " + sealed + " sealed records but the key store has "
					+ (store.count() == 0 ? "no keys" : "no blind-index key")
					+ ": the vault schema was lost or restored from elsewhere. Restore the vault schema that belongs "
					+ "to this data; new keys are not created for existing data.");
		}
		if (!masterKeys.hasCurrent()) {
			if (!inUse.isEmpty()) {
				throw new VaultException("This installation's keys are wrapped with master key " + inUse
						+ ", but no master key is configured. Set CUSTODIAN_MASTER_KEY or CUSTODIAN_MASTER_KEY_FILE "
						+ "to that key, or restore master.key in the data directory.");
			}
			masterKeys.generateDefaultFile();
		}
		List<String> unknown = new ArrayList<>(inUse);
		unknown.removeAll(masterKeys.ids());
		if (!unknown.isEmpty()) {
			throw new VaultException("Stored keys are wrapped with master key " + unknown + ", but the configured "
					+ "master key is " + masterKeys.current().id() + (masterKeys.ids().size() > 1
							? " (previous: " + masterKeys.ids().subList(1, masterKeys.ids().size()) + ")" : "")
					+ ". Start with CUSTODIAN_MASTER_KEY set to the key with id " + unknown.get(0)
					+ ", or add it to CUSTODIAN_PREVIOUS_MASTER_KEYS while rotating.");
		}
		index = new BlindIndex(store.indexKey());
		auditKey = new MacKey(store.serviceKey("audit"));
		checkNoKeyLost();
	}

	/**
	 * Refuses to serve when sealed records exist whose subject has no key and was never erased: the key store was
	 * restored from a backup older than the data, and serving would silently lose those people (404s, and their
	 * email blocked for ever). With {@code custodian.vault.accept-lost-keys} the loss is accepted instead: the
	 * subjects are journalled as erased, so the start-up replays remove their unreadable records.
	 */
	private void checkNoKeyLost() {
		List<UUID> lost = store.subjectsWithoutKey(holders.stream().map(SealedData::sealedSubjectsQuery).toList());
		if (lost.isEmpty()) {
			return;
		}
		if (!acceptLostKeys) {
			throw new VaultException(lost.size() + " data subjects hold sealed records but have no data key, and no "
					+ "erasure of theirs is journalled: the key store (schema vault) is probably a backup older than "
					+ "the data. Restore a key-store backup taken at the same time as the data backup or later. If "
					+ "no such backup exists, their data cannot be read again: start once with "
					+ "CUSTODIAN_VAULT_ACCEPT_LOST_KEYS=true to record them as erased and remove their records.");
		}
		lost.forEach(store::recordErasure);
		log.warn("Accepted the loss of {} data subjects' keys: they are recorded as erased", lost.size());
	}

	/** Creates the data key of a new subject, in the caller's transaction, and returns a ring holding it. */
	@Transactional
	public KeyRing newSubject(UUID subject) {
		if (sealingOffForBenchmark) {
			return new KeyRing(Map.of(subject, Aead.newKey()), true);
		}
		SecretKey key = store.create(subject);
		return new KeyRing(Map.of(subject, key));
	}

	/**
	 * Creates the data keys of many new subjects at once (an import's batch), in the caller's transaction, and
	 * returns a ring holding them.
	 */
	@Transactional
	public KeyRing newSubjects(Collection<UUID> subjects) {
		if (sealingOffForBenchmark) {
			Map<UUID, SecretKey> none = new HashMap<>();
			subjects.forEach(subject -> none.put(subject, Aead.newKey()));
			return new KeyRing(none, true);
		}
		return new KeyRing(store.createAll(subjects, dataSource));
	}

	/**
	 * A ring with the subject's data key, creating the key first when the subject has none yet: for a record that
	 * had nothing sealed so far and now gets a personal value (a company, say, whose first personal custom value
	 * is stored). Joins the caller's transaction; the caller holds the record's row lock, so the key is created
	 * once.
	 */
	@Transactional
	public KeyRing ensureSubject(UUID subject) {
		KeyRing ring = ring(List.of(subject));
		return ring.holds(subject) ? ring : newSubject(subject);
	}

	/** The data keys of the given subjects; subjects without a key (shredded) are simply absent. */
	@Transactional(readOnly = true)
	public KeyRing ring(Collection<UUID> subjects) {
		if (sealingOffForBenchmark) {
			Map<UUID, SecretKey> none = new HashMap<>();
			subjects.forEach(subject -> none.put(subject, Aead.newKey()));
			return new KeyRing(none, true);
		}
		Map<UUID, SecretKey> keys = new HashMap<>();
		List<UUID> missing = new ArrayList<>();
		long now = System.nanoTime();
		for (UUID subject : subjects) {
			Cached cached = cache.get(subject);
			if (cached != null && cached.expiresAt() - now > 0) {
				keys.put(subject, cached.key());
			}
			else {
				missing.add(subject);
			}
		}
		if (!missing.isEmpty()) {
			Map<UUID, SecretKey> loaded = store.load(missing);
			if (cache.size() + loaded.size() > CACHE_LIMIT) {
				cache.clear();
			}
			loaded.forEach((subject, key) -> cache.put(subject, new Cached(key, now + cacheNanos)));
			keys.putAll(loaded);
		}
		return new KeyRing(keys);
	}

	public BlindIndex index() {
		return index;
	}

	/**
	 * The key that authenticates the audit trail: each entry's MAC when it is written, and the links of the chain.
	 * Someone who can write to the database but does not hold the master key can neither forge an entry nor
	 * recompute the chain after altering one.
	 */
	public MacKey auditKey() {
		return auditKey;
	}

	/**
	 * Destroys the subject's data key (crypto-shredding): nothing sealed under it can be opened again, from any
	 * copy of the data that lacks the key store. Joins the caller's transaction.
	 */
	@Transactional
	public void shred(UUID subject) {
		store.destroy(subject);
		cache.remove(subject);
		// a concurrent reader may have cached the key again before this transaction committed
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				cache.remove(subject);
			}
		});
	}

	/** Records that a subject was erased (subject id and time only), for replay against restored backups. */
	@Transactional
	public void recordErasure(UUID subject) {
		store.recordErasure(subject);
	}

	/** Every erased subject, oldest erasure first. */
	@Transactional(readOnly = true)
	public List<UUID> erasures() {
		return store.erasures();
	}

	@PreAuthorize("hasAuthority('user:admin')")
	@Transactional(readOnly = true)
	public KeyStatus status() {
		String current = masterKeys.current().id();
		return new KeyStatus(current, store.count(), store.countWrappedWithOtherThan(current));
	}

	/**
	 * The baseline of the benchmarks under {@code bench/}: no data keys, values stored as plain bytes. Reachable
	 * only from this package (the benchmark harness), never by configuration.
	 */
	void switchSealingOffForBenchmark() {
		sealingOffForBenchmark = true;
	}

	/** Empties this node's key cache, so a benchmark can time key unwrapping. */
	void forgetCachedKeys() {
		cache.clear();
	}

	private record Cached(SecretKey key, long expiresAt) {
	}
}
