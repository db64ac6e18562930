package dev.custodian.vault;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM from the JDK with a random 96-bit nonce per message, and HMAC-SHA256. Output is
 * {@code nonce || ciphertext || tag}. Cipher and Mac instances are reused per thread: creating them dominates the
 * cost of sealing short values.
 */
final class Aead {

	static final int KEY_BYTES = 32;

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is required by every Java platform", ex);
		}
	});

	private static final ThreadLocal<Mac> MACS = ThreadLocal.withInitial(() -> {
		try {
			return Mac.getInstance("HmacSHA256");
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is required by every Java platform", ex);
		}
	});

	private Aead() {
	}

	static SecretKey newKey() {
		byte[] key = new byte[KEY_BYTES];
		RANDOM.nextBytes(key);
		return key(key);
	}

	static SecretKey key(byte[] bytes) {
		return new SecretKeySpec(bytes, "AES");
	}

	static byte[] encrypt(SecretKey key, byte[] plaintext, String associatedData) {
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = CIPHERS.get();
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[NONCE_BYTES + cipher.getOutputSize(plaintext.length)];
			System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
			cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
			return out;
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("Encryption failed", ex);
		}
	}

	/**
	 * @throws GeneralSecurityException when the message was altered or belongs to other associated data
	 */
	static byte[] decrypt(SecretKey key, byte[] message, String associatedData) throws GeneralSecurityException {
		if (message.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new GeneralSecurityException("Message too short");
		}
		Cipher cipher = CIPHERS.get();
		cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, message, 0, NONCE_BYTES));
		cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
		return cipher.doFinal(message, NONCE_BYTES, message.length - NONCE_BYTES);
	}

	static byte[] hmac(byte[] key, String... parts) {
		try {
			Mac mac = MACS.get();
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			for (String part : parts) {
				byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
				mac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
				mac.update(bytes);
			}
			return mac.doFinal();
		}
		catch (GeneralSecurityException ex) {
			throw new VaultException("HMAC failed", ex);
		}
	}
}
