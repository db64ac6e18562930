package dev.custodian.vault;

import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A key that only authenticates: HMAC-SHA256 with a domain that separates its uses, so a value computed for one
 * purpose never verifies for another. The key stays inside the vault module; callers get MACs, never the key.
 */
public final class MacKey {

	private final byte[] key;

	MacKey(byte[] key) {
		this.key = key.clone();
	}

	/** The full 256-bit MAC of {@code message} in {@code domain}, as 64 hex digits. */
	public String mac(String domain, String message) {
		return HexFormat.of().formatHex(Aead.hmac(key, domain, message));
	}

	/** Whether {@code mac} is the MAC of {@code message} in {@code domain}, compared in constant time. */
	public boolean verifies(String domain, String message, String mac) {
		byte[] expected = mac(domain, message).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, mac.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
	}
}
