package dev.custodian.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master keys this node holds: the current one ({@code CUSTODIAN_MASTER_KEY}, or the file named by
 * {@code CUSTODIAN_MASTER_KEY_FILE}, or on the embedded default {@code master.key} in the data directory) and any
 * previous ones ({@code CUSTODIAN_PREVIOUS_MASTER_KEYS}, comma-separated) that are still needed to unwrap data keys
 * until rotation has re-wrapped them. Master keys never touch the database.
 */
@Component
class MasterKeys {

	private static final Logger log = LoggerFactory.getLogger(MasterKeys.class);

	private @Nullable MasterKey current;

	private final Path defaultFile;

	private final Map<String, MasterKey> byId = new LinkedHashMap<>();

	MasterKeys(@Value("${custodian.master-key:}") String masterKey,
			@Value("${custodian.master-key-file:}") String masterKeyFile,
			@Value("${custodian.previous-master-keys:}") String previousKeys,
			@Value("${custodian.data-dir:./data}") String dataDir) {
		this.defaultFile = Path.of(dataDir).resolve("master.key");
		if (!masterKey.isBlank()) {
			current = MasterKey.fromBase64(masterKey, "CUSTODIAN_MASTER_KEY");
		}
		else if (!masterKeyFile.isBlank()) {
			current = read(Path.of(masterKeyFile), "CUSTODIAN_MASTER_KEY_FILE")
				.orElseThrow(() -> new VaultException("CUSTODIAN_MASTER_KEY_FILE names a file that does not exist"));
		}
		else {
			current = read(defaultFile, "the key file master.key in the data directory").orElse(null);
		}
		if (current != null) {
			byId.put(current.id(), current);
		}
		for (String previous : previousKeys.split(",")) {
			if (!previous.isBlank()) {
				MasterKey key = MasterKey.fromBase64(previous, "CUSTODIAN_PREVIOUS_MASTER_KEYS");
				byId.putIfAbsent(key.id(), key);
			}
		}
	}

	/** Whether a current key is configured or was found in the data directory. */
	boolean hasCurrent() {
		return current != null;
	}

	MasterKey current() {
		if (current == null) {
			throw new VaultException("No master key is configured");
		}
		return current;
	}

	Optional<MasterKey> byId(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	List<String> ids() {
		return new ArrayList<>(byId.keySet());
	}

	/**
	 * Creates {@code master.key} in the data directory, readable by its owner only. Called only on an installation
	 * with no keys at all, so a lost key file is never silently replaced.
	 */
	void generateDefaultFile() {
		byte[] bytes = Aead.newKey().getEncoded();
		String encoded = Base64.getEncoder().encodeToString(bytes);
		try {
			Files.createDirectories(defaultFile.toAbsolutePath().getParent());
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(defaultFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			else {
				Files.createFile(defaultFile);
			}
			Files.writeString(defaultFile, encoded + "\n", StandardCharsets.US_ASCII);
		}
		catch (IOException ex) {
			throw new VaultException("Could not create the master key file in the data directory", ex);
		}
		current = MasterKey.fromBase64(encoded, "the generated key file");
		byId.put(current.id(), current);
		log.warn("""

				=====================================================================
				  Generated a new master key (id {}) in {}.
				  Every personal value is encrypted under it: without this file the
				  data cannot be read. Keep a copy apart from your database backups.
				  In production set CUSTODIAN_MASTER_KEY or CUSTODIAN_MASTER_KEY_FILE.
				=====================================================================""", current.id(),
				defaultFile.toAbsolutePath());
	}

	private static Optional<MasterKey> read(Path file, String source) {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(MasterKey.fromBase64(Files.readString(file, StandardCharsets.US_ASCII), source));
		}
		catch (IOException ex) {
			throw new VaultException("Could not read " + source, ex);
		}
	}
}
