package dev.custodian.vault;

import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.SecretKey;

/**
 * A 256-bit master key, kept only as two keys derived from it (HMAC-SHA256 with distinct labels, an HKDF-Expand
 * step): its id, the first 8 bytes of one, which can be stored and shown without revealing anything; and the
 * AES key that wraps data keys. The master key itself is never used directly.
 */
record MasterKey(String id, SecretKey key) {

	static MasterKey fromBase64(String base64, String source) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new VaultException(source + " is not valid base64");
		}
		if (bytes.length != Aead.KEY_BYTES) {
			throw new VaultException(source + " must be 256 bits (32 bytes, base64-encoded); it has " + bytes.length
					+ " bytes");
		}
		String id = HexFormat.of().formatHex(Aead.hmac(bytes, "custodian/master-key-id")).substring(0, 16);
		return new MasterKey(id, Aead.key(Aead.hmac(bytes, "custodian/key-wrapping/v1")));
	}

	@Override
	public String toString() {
		return "MasterKey[" + id + "]";
	}
}
