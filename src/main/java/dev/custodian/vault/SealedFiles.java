package dev.custodian.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.SecretKey;

import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files that hold personal data for a while (an uploaded import, a prepared export), sealed on disk under a key of
 * their own: Tink's streaming AEAD (AES-256-GCM in 1 MiB segments, keys derived with HKDF), so a file of any size
 * streams through constant memory, and a segment cut, reordered or altered fails to open. The key is kept and
 * wrapped by the master key like a subject's data key (so it follows a master key rotation), under the file's
 * id; {@link #destroy} shreds it and deletes the file, and a copy of the file left anywhere (a backup of the data
 * directory, a disk) can no longer be read.
 */
@Service
public class SealedFiles {

	private static final int SEGMENT_BYTES = 1 << 20;

	private final KeyStore store;

	SealedFiles(KeyStore store) {
		this.store = store;
	}

	/**
	 * Creates the file's key, in the caller's transaction, and opens the file for writing: what is written to the
	 * stream lands sealed. Closing the stream writes the last segment. If the transaction rolls back, the file
	 * cannot be opened: the caller deletes it.
	 */
	@Transactional
	public OutputStream create(UUID fileId, Path path) throws IOException {
		SecretKey key = store.create(fileId);
		Files.createDirectories(path.toAbsolutePath().getParent());
		OutputStream out = Files.newOutputStream(path);
		try {
			return streaming(key).newEncryptingStream(out, associatedData(fileId));
		}
		catch (GeneralSecurityException | IOException ex) {
			out.close();
			throw ex instanceof IOException io ? io : new IOException("Cannot seal the file", ex);
		}
	}

	/**
	 * Opens a sealed file for reading.
	 * @throws IOException when the file or its key is gone, or the file was altered (when the stream reaches the
	 * altered segment)
	 */
	@Transactional(readOnly = true)
	public InputStream open(UUID fileId, Path path) throws IOException {
		Map<UUID, SecretKey> keys = store.load(List.of(fileId));
		SecretKey key = keys.get(fileId);
		if (key == null) {
			throw new IOException("The file's key was destroyed");
		}
		InputStream in = Files.newInputStream(path);
		try {
			return streaming(key).newDecryptingStream(in, associatedData(fileId));
		}
		catch (GeneralSecurityException | IOException ex) {
			in.close();
			throw ex instanceof IOException io ? io : new IOException("Cannot open the sealed file", ex);
		}
	}

	/** Shreds the file's key (in the caller's transaction) and deletes the file; harmless when either is gone. */
	@Transactional
	public void destroy(UUID fileId, Path path) {
		store.destroy(fileId);
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			// the key is gone, so what is left of the file cannot be read; a later clean-up may remove it
		}
	}

	private static AesGcmHkdfStreaming streaming(SecretKey key) throws IOException {
		try {
			return new AesGcmHkdfStreaming(key.getEncoded(), "HmacSha256", Aead.KEY_BYTES, SEGMENT_BYTES, 0);
		}
		catch (GeneralSecurityException ex) {
			throw new IOException("Cannot set up the file's cipher", ex);
		}
	}

	private static byte[] associatedData(UUID fileId) {
		return ("sealed-file:" + fileId).getBytes(StandardCharsets.US_ASCII);
	}
}
